import time
print(time.timezone, time.altzone, time.daylight, time.tzname)
for n in ['time','monotonic','perf_counter','process_time','thread_time']: print(time.get_clock_info(n))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.localtime(0))
t=time.struct_time((1,)*9); print(t, t.tm_zone)
print(time.asctime((2000,1,1,0,0,0,0,1,0)), time.ctime(0))
print(time.mktime((1970,1,1,0,0,0,0,1,0)))
for a in [(1,)*8, (1.5,)*9, (2000,1,1,25,0,0,0,1,0),(2000,1,1,0,0,0,-3,1,0), (2**40,1,1,0,0,0,0,1,0)]:
  try: print(time.mktime(a))
  except Exception as e: print(type(e).__name__, e)
  try: print(time.asctime(a))
  except Exception as e: print(type(e).__name__, e)
print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %j', time.gmtime(86400*365)))
print(time.strftime('', time.gmtime(0)), time.gmtime(-1), time.gmtime(1.9), time.gmtime(-1.5))
print(repr(time.strftime('%', time.gmtime(0))))
print(repr(time.strftime('%Z|%z', (2000,1,1,0,0,0,0,1,0))))
print(time.localtime(0).tm_zone, time.localtime(0).tm_gmtoff, time.gmtime(0).tm_zone)
for f,a in [(time.sleep,()),(time.time,(1,)),(time.gmtime,(1,2)),(time.sleep,('x',)),(time.sleep,(-1,)),(time.gmtime,('x',)),(time.gmtime,(float('nan'),)),(time.gmtime,(1e300,)),(time.mktime,(1,)),(time.mktime,((1,2),)),(time.asctime,((2000,13,1,0,0,0,0,1,0),)),(time.strftime,('%Y',(2000,13,1,0,0,0,0,1,0))),(time.strftime,(1,)), (time.get_clock_info,('x',)), (time.gmtime, (2**62,)), (time.strftime, ('%Y\0',)), (time.clock_gettime, ('x',)), (time.clock_gettime, (99999,)), (time.clock_gettime_ns, (2**40,)), (time.localtime, (2**70,)), (time.get_clock_info, (1,)), (time.tzset, ())]:
  try: print(f(*a))
  except Exception as e: print(type(e).__name__, e)
try: time.sleep(x=1)
except Exception as e: print(e)
print(time.mktime(time.gmtime(12345)))
print(time.gmtime(0).__reduce__())
print(time.struct_time.__name__, time.struct_time.__module__)
print(time.clock_getres(time.CLOCK_REALTIME), time.CLOCK_TAI)

# expect: 0 0 0 ('UTC', 'UTC')
# expect: namespace(implementation='clock_gettime(CLOCK_REALTIME)', monotonic=False, adjustable=True, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_MONOTONIC)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: namespace(implementation='clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic=True, adjustable=False, resolution=1e-09)
# expect: 11 9 time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: time.struct_time(tm_year=1, tm_mon=1, tm_mday=1, tm_hour=1, tm_min=1, tm_sec=1, tm_wday=1, tm_yday=1, tm_isdst=1) None
# expect: Mon Jan  1 00:00:00 2000 Thu Jan  1 00:00:00 1970
# expect: 0.0
# expect: TypeError mktime(): illegal time tuple argument
# expect: TypeError asctime(): illegal time tuple argument
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: 946774800.0
# expect: ValueError hour out of range
# expect: 946684800.0
# expect: ValueError day of week out of range
# expect: OverflowError signed integer is greater than maximum
# expect: OverflowError signed integer is greater than maximum
# expect: 1971-01-01 00:00:00 GMT +0000 Fri 001
# expect:  time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0) time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=1, tm_wday=3, tm_yday=1, tm_isdst=0) time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
# expect: '%'
# expect: 'UTC|+0000'
# expect: UTC 0 GMT
# expect: TypeError time.sleep() takes exactly one argument (0 given)
# expect: TypeError time.time() takes no arguments (1 given)
# expect: TypeError gmtime() takes at most 1 argument (2 given)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError sleep length must be non-negative
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError Invalid value NaN (not a number)
# expect: OverflowError timestamp out of range for platform time_t
# expect: TypeError Tuple or struct_time argument required
# expect: TypeError mktime(): illegal time tuple argument
# expect: ValueError month out of range
# expect: ValueError month out of range
# expect: TypeError strftime() argument 1 must be str, not int
# expect: ValueError unknown clock
# expect: OSError [Errno 75] Value too large for defined data type
# expect: ValueError embedded null character
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OSError [Errno 22] Invalid argument
# expect: OverflowError signed integer is greater than maximum
# expect: OverflowError timestamp out of range for platform time_t
# expect: TypeError get_clock_info() argument 1 must be str, not int
# expect: None
# expect: time.sleep() takes no keyword arguments
# expect: 12345.0
# expect: (<class 'time.struct_time'>, ((1970, 1, 1, 0, 0, 0, 3, 1, 0), {'tm_zone': 'GMT', 'tm_gmtoff': 0}))
# expect: struct_time time
# expect: 1e-09 11
