import math
inf, nan = math.inf, math.nan
values = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-310, 1e300, -1e300, inf, -inf, nan, 2, -3]
def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
    return repr(r)
for name in ["atan2", "copysign", "remainder", "fmod", "pow", "nextafter", "hypot", "log", "isclose"]:
    f = getattr(math, name)
    for x in values:
        print(name, repr(x), " ".join(show(f, x, y) for y in values))
for x in values:
    print("ldexp", repr(x), " ".join(show(math.ldexp, x, i) for i in [0, 1, -1, 1023, 1024, -1074, -1075, 2**40, -2**40, 2**70, -2**70]))

# expect: atan2 0.0 0.0 3.141592653589793 0.0 3.141592653589793 0.0 3.141592653589793 0.0 0.0 0.0 3.141592653589793 0.0 3.141592653589793 nan 0.0 3.141592653589793
# expect: atan2 -0.0 -0.0 -3.141592653589793 -0.0 -3.141592653589793 -0.0 -3.141592653589793 -0.0 -0.0 -0.0 -3.141592653589793 -0.0 -3.141592653589793 nan -0.0 -3.141592653589793
# expect: atan2 1.0 1.5707963267948966 1.5707963267948966 0.7853981633974483 2.356194490192345 1.1071487177940904 2.761086276477428 0.3217505543966422 1.5707963267948966 1e-300 3.141592653589793 0.0 3.141592653589793 nan 0.4636476090008061 2.819842099193151
# expect: atan2 -1.0 -1.5707963267948966 -1.5707963267948966 -0.7853981633974483 -2.356194490192345 -1.1071487177940904 -2.761086276477428 -0.3217505543966422 -1.5707963267948966 -1e-300 -3.141592653589793 -0.0 -3.141592653589793 nan -0.4636476090008061 -2.819842099193151
# expect: atan2 0.5 1.5707963267948966 1.5707963267948966 0.4636476090008061 2.677945044588987 0.7853981633974483 2.9441970937399127 0.16514867741462683 1.5707963267948966 5e-301 3.141592653589793 0.0 3.141592653589793 nan 0.24497866312686414 2.976443976175166
# expect: atan2 -2.5 -1.5707963267948966 -1.5707963267948966 -1.1902899496825317 -1.9513027039072615 -1.373400766945016 -2.356194490192345 -0.6947382761967031 -1.5707963267948966 -2.5e-300 -3.141592653589793 -0.0 -3.141592653589793 nan -0.8960553845713439 -2.44685437739309
# expect: atan2 3.0 1.5707963267948966 1.5707963267948966 1.2490457723982544 1.892546881191539 1.4056476493802699 2.2655346029916 0.7853981633974483 1.5707963267948966 2.9999999999999996e-300 3.141592653589793 0.0 3.141592653589793 nan 0.982793723247329 2.356194490192345
# expect: atan2 1e-310 1.5707963267948966 1.5707963267948966 1e-310 3.141592653589793 2e-310 3.141592653589793 3.333333333333e-311 0.7853981633974483 0.0 3.141592653589793 0.0 3.141592653589793 nan 5e-311 3.141592653589793
# expect: atan2 1e+300 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 0.7853981633974483 2.356194490192345 0.0 3.141592653589793 nan 1.5707963267948966 1.5707963267948966
# expect: atan2 -1e+300 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -0.7853981633974483 -2.356194490192345 -0.0 -3.141592653589793 nan -1.5707963267948966 -1.5707963267948966
# expect: atan2 inf 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 1.5707963267948966 0.7853981633974483 2.356194490192345 nan 1.5707963267948966 1.5707963267948966
# expect: atan2 -inf -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -1.5707963267948966 -0.7853981633974483 -2.356194490192345 nan -1.5707963267948966 -1.5707963267948966
# expect: atan2 nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: atan2 2 1.5707963267948966 1.5707963267948966 1.1071487177940904 2.0344439357957027 1.3258176636680326 2.4668517113662407 0.5880026035475675 1.5707963267948966 2e-300 3.141592653589793 0.0 3.141592653589793 nan 0.7853981633974483 2.5535900500422257
# expect: atan2 -3 -1.5707963267948966 -1.5707963267948966 -1.2490457723982544 -1.892546881191539 -1.4056476493802699 -2.2655346029916 -0.7853981633974483 -1.5707963267948966 -2.9999999999999996e-300 -3.141592653589793 -0.0 -3.141592653589793 nan -0.982793723247329 -2.356194490192345
# expect: copysign 0.0 0.0 -0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 -0.0
# expect: copysign -0.0 0.0 -0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 0.0 -0.0 0.0 -0.0 0.0 0.0 -0.0
# expect: copysign 1.0 1.0 -1.0 1.0 -1.0 1.0 -1.0 1.0 1.0 1.0 -1.0 1.0 -1.0 1.0 1.0 -1.0
# expect: copysign -1.0 1.0 -1.0 1.0 -1.0 1.0 -1.0 1.0 1.0 1.0 -1.0 1.0 -1.0 1.0 1.0 -1.0
# expect: copysign 0.5 0.5 -0.5 0.5 -0.5 0.5 -0.5 0.5 0.5 0.5 -0.5 0.5 -0.5 0.5 0.5 -0.5
# expect: copysign -2.5 2.5 -2.5 2.5 -2.5 2.5 -2.5 2.5 2.5 2.5 -2.5 2.5 -2.5 2.5 2.5 -2.5
# expect: copysign 3.0 3.0 -3.0 3.0 -3.0 3.0 -3.0 3.0 3.0 3.0 -3.0 3.0 -3.0 3.0 3.0 -3.0
# expect: copysign 1e-310 1e-310 -1e-310 1e-310 -1e-310 1e-310 -1e-310 1e-310 1e-310 1e-310 -1e-310 1e-310 -1e-310 1e-310 1e-310 -1e-310
# expect: copysign 1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 1e+300 -1e+300
# expect: copysign -1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 1e+300 1e+300 -1e+300 1e+300 -1e+300 1e+300 1e+300 -1e+300
# expect: copysign inf inf -inf inf -inf inf -inf inf inf inf -inf inf -inf inf inf -inf
# expect: copysign -inf inf -inf inf -inf inf -inf inf inf inf -inf inf -inf inf inf -inf
# expect: copysign nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: copysign 2 2.0 -2.0 2.0 -2.0 2.0 -2.0 2.0 2.0 2.0 -2.0 2.0 -2.0 2.0 2.0 -2.0
# expect: copysign -3 3.0 -3.0 3.0 -3.0 3.0 -3.0 3.0 3.0 3.0 -3.0 3.0 -3.0 3.0 3.0 -3.0
# expect: remainder 0.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 nan 0.0 0.0
# expect: remainder -0.0 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 nan -0.0 -0.0
# expect: remainder 1.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 1.0 1.0 3.5074317610433e-311 1.0 1.0 1.0 1.0 nan 1.0 1.0
# expect: remainder -1.0 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -1.0 -1.0 -3.5074317610433e-311 -1.0 -1.0 -1.0 -1.0 nan -1.0 -1.0
# expect: remainder 0.5 ValueError: math domain error ValueError: math domain error 0.5 0.5 0.0 0.5 0.5 1.7537158805217e-311 0.5 0.5 0.5 0.5 nan 0.5 0.5
# expect: remainder -2.5 ValueError: math domain error ValueError: math domain error -0.5 -0.5 -0.0 -0.0 0.5 1.2314205973916e-311 -2.5 -2.5 -2.5 -2.5 nan -0.5 0.5
# expect: remainder 3.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.5 0.0 5.2229528313e-312 3.0 3.0 3.0 3.0 nan -1.0 0.0
# expect: remainder 1e-310 ValueError: math domain error ValueError: math domain error 1e-310 1e-310 1e-310 1e-310 1e-310 0.0 1e-310 1e-310 1e-310 1e-310 nan 1e-310 1e-310
# expect: remainder 1e+300 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.0 0.0 -2.662089022248e-311 0.0 0.0 1e+300 1e+300 nan 0.0 0.0
# expect: remainder -1e+300 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.0 -0.0 2.662089022248e-311 -0.0 -0.0 -1e+300 -1e+300 nan -0.0 -0.0
# expect: remainder inf ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error nan ValueError: math domain error ValueError: math domain error
# expect: remainder -inf ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error nan ValueError: math domain error ValueError: math domain error
# expect: remainder nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: remainder 2 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 -0.5 -1.0 -2.9851364779133e-311 2.0 2.0 2.0 2.0 nan 0.0 -1.0
# expect: remainder -3 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.5 -0.0 -5.2229528313e-312 -3.0 -3.0 -3.0 -3.0 nan 1.0 -0.0
# expect: fmod 0.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 nan 0.0 0.0
# expect: fmod -0.0 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 nan -0.0 -0.0
# expect: fmod 1.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 1.0 1.0 3.5074317610433e-311 1.0 1.0 1.0 1.0 nan 1.0 1.0
# expect: fmod -1.0 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -1.0 -1.0 -3.5074317610433e-311 -1.0 -1.0 -1.0 -1.0 nan -1.0 -1.0
# expect: fmod 0.5 ValueError: math domain error ValueError: math domain error 0.5 0.5 0.0 0.5 0.5 1.7537158805217e-311 0.5 0.5 0.5 0.5 nan 0.5 0.5
# expect: fmod -2.5 ValueError: math domain error ValueError: math domain error -0.5 -0.5 -0.0 -0.0 -2.5 -8.7685794026083e-311 -2.5 -2.5 -2.5 -2.5 nan -0.5 -2.5
# expect: fmod 3.0 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.5 0.0 5.2229528313e-312 3.0 3.0 3.0 3.0 nan 1.0 0.0
# expect: fmod 1e-310 ValueError: math domain error ValueError: math domain error 1e-310 1e-310 1e-310 1e-310 1e-310 0.0 1e-310 1e-310 1e-310 1e-310 nan 1e-310 1e-310
# expect: fmod 1e+300 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 0.0 0.0 7.3379109777517e-311 0.0 0.0 1e+300 1e+300 nan 0.0 0.0
# expect: fmod -1e+300 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.0 -0.0 -7.3379109777517e-311 -0.0 -0.0 -1e+300 -1e+300 nan -0.0 -0.0
# expect: fmod inf ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error nan ValueError: math domain error ValueError: math domain error
# expect: fmod -inf ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error nan ValueError: math domain error ValueError: math domain error
# expect: fmod nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: fmod 2 ValueError: math domain error ValueError: math domain error 0.0 0.0 0.0 2.0 2.0 7.0148635220867e-311 2.0 2.0 2.0 2.0 nan 0.0 2.0
# expect: fmod -3 ValueError: math domain error ValueError: math domain error -0.0 -0.0 -0.0 -0.5 -0.0 -5.2229528313e-312 -3.0 -3.0 -3.0 -3.0 nan -1.0 -0.0
# expect: pow 0.0 1.0 1.0 0.0 ValueError: math domain error 0.0 ValueError: math domain error 0.0 0.0 0.0 ValueError: math domain error 0.0 inf nan 0.0 ValueError: math domain error
# expect: pow -0.0 1.0 1.0 -0.0 ValueError: math domain error 0.0 ValueError: math domain error -0.0 0.0 0.0 ValueError: math domain error 0.0 inf nan 0.0 ValueError: math domain error
# expect: pow 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0 1.0
# expect: pow -1.0 1.0 1.0 -1.0 -1.0 ValueError: math domain error ValueError: math domain error -1.0 ValueError: math domain error 1.0 1.0 1.0 1.0 nan 1.0 -1.0
# expect: pow 0.5 1.0 1.0 0.5 2.0 0.7071067811865476 5.656854249492381 0.125 1.0 0.0 OverflowError: math range error 0.0 inf nan 0.25 8.0
# expect: pow -2.5 1.0 1.0 -2.5 -0.4 ValueError: math domain error ValueError: math domain error -15.625 ValueError: math domain error OverflowError: math range error 0.0 inf 0.0 nan 6.25 -0.064
# expect: pow 3.0 1.0 1.0 3.0 0.3333333333333333 1.7320508075688772 0.06415002990995841 27.0 1.0 OverflowError: math range error 0.0 inf 0.0 nan 9.0 0.037037037037037035
# expect: pow 1e-310 1.0 1.0 1e-310 OverflowError: math range error 9.999999999999986e-156 OverflowError: math range error 0.0 1.0 0.0 OverflowError: math range error 0.0 inf nan 0.0 OverflowError: math range error
# expect: pow 1e+300 1.0 1.0 1e+300 1e-300 1e+150 0.0 OverflowError: math range error 1.0 OverflowError: math range error 0.0 inf 0.0 nan OverflowError: math range error 0.0
# expect: pow -1e+300 1.0 1.0 -1e+300 -1e-300 ValueError: math domain error ValueError: math domain error OverflowError: math range error ValueError: math domain error OverflowError: math range error 0.0 inf 0.0 nan OverflowError: math range error -0.0
# expect: pow inf 1.0 1.0 inf 0.0 inf 0.0 inf inf inf 0.0 inf 0.0 nan inf 0.0
# expect: pow -inf 1.0 1.0 -inf -0.0 inf 0.0 -inf inf inf 0.0 inf 0.0 nan inf -0.0
# expect: pow nan 1.0 1.0 nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: pow 2 1.0 1.0 2.0 0.5 1.4142135623730951 0.1767766952966369 8.0 1.0 OverflowError: math range error 0.0 inf 0.0 nan 4.0 0.125
# expect: pow -3 1.0 1.0 -3.0 -0.3333333333333333 ValueError: math domain error ValueError: math domain error -27.0 ValueError: math domain error OverflowError: math range error 0.0 inf 0.0 nan 9.0 -0.037037037037037035
# expect: nextafter 0.0 0.0 -0.0 5e-324 -5e-324 5e-324 -5e-324 5e-324 5e-324 5e-324 -5e-324 5e-324 -5e-324 nan 5e-324 -5e-324
# expect: nextafter -0.0 0.0 -0.0 5e-324 -5e-324 5e-324 -5e-324 5e-324 5e-324 5e-324 -5e-324 5e-324 -5e-324 nan 5e-324 -5e-324
# expect: nextafter 1.0 0.9999999999999999 0.9999999999999999 1.0 0.9999999999999999 0.9999999999999999 0.9999999999999999 1.0000000000000002 0.9999999999999999 1.0000000000000002 0.9999999999999999 1.0000000000000002 0.9999999999999999 nan 1.0000000000000002 0.9999999999999999
# expect: nextafter -1.0 -0.9999999999999999 -0.9999999999999999 -0.9999999999999999 -1.0 -0.9999999999999999 -1.0000000000000002 -0.9999999999999999 -0.9999999999999999 -0.9999999999999999 -1.0000000000000002 -0.9999999999999999 -1.0000000000000002 nan -0.9999999999999999 -1.0000000000000002
# expect: nextafter 0.5 0.49999999999999994 0.49999999999999994 0.5000000000000001 0.49999999999999994 0.5 0.49999999999999994 0.5000000000000001 0.49999999999999994 0.5000000000000001 0.49999999999999994 0.5000000000000001 0.49999999999999994 nan 0.5000000000000001 0.49999999999999994
# expect: nextafter -2.5 -2.4999999999999996 -2.4999999999999996 -2.4999999999999996 -2.4999999999999996 -2.4999999999999996 -2.5 -2.4999999999999996 -2.4999999999999996 -2.4999999999999996 -2.5000000000000004 -2.4999999999999996 -2.5000000000000004 nan -2.4999999999999996 -2.5000000000000004
# expect: nextafter 3.0 2.9999999999999996 2.9999999999999996 2.9999999999999996 2.9999999999999996 2.9999999999999996 2.9999999999999996 3.0 2.9999999999999996 3.0000000000000004 2.9999999999999996 3.0000000000000004 2.9999999999999996 nan 2.9999999999999996 2.9999999999999996
# expect: nextafter 1e-310 9.9999999999995e-311 9.9999999999995e-311 1.00000000000005e-310 9.9999999999995e-311 1.00000000000005e-310 9.9999999999995e-311 1.00000000000005e-310 1e-310 1.00000000000005e-310 9.9999999999995e-311 1.00000000000005e-310 9.9999999999995e-311 nan 1.00000000000005e-310 9.9999999999995e-311
# expect: nextafter 1e+300 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 9.999999999999999e+299 1e+300 9.999999999999999e+299 1.0000000000000002e+300 9.999999999999999e+299 nan 9.999999999999999e+299 9.999999999999999e+299
# expect: nextafter -1e+300 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -9.999999999999999e+299 -1e+300 -9.999999999999999e+299 -1.0000000000000002e+300 nan -9.999999999999999e+299 -9.999999999999999e+299
# expect: nextafter inf 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 1.7976931348623157e+308 inf 1.7976931348623157e+308 nan 1.7976931348623157e+308 1.7976931348623157e+308
# expect: nextafter -inf -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -1.7976931348623157e+308 -inf nan -1.7976931348623157e+308 -1.7976931348623157e+308
# expect: nextafter nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan nan
# expect: nextafter 2 1.9999999999999998 1.9999999999999998 1.9999999999999998 1.9999999999999998 1.9999999999999998 1.9999999999999998 2.0000000000000004 1.9999999999999998 2.0000000000000004 1.9999999999999998 2.0000000000000004 1.9999999999999998 nan 2.0 1.9999999999999998
# expect: nextafter -3 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -2.9999999999999996 -3.0000000000000004 -2.9999999999999996 -3.0000000000000004 nan -2.9999999999999996 -3.0
# expect: hypot 0.0 0.0 0.0 1.0 1.0 0.5 2.5 3.0 1e-310 1e+300 1e+300 inf inf nan 2.0 3.0
# expect: hypot -0.0 0.0 0.0 1.0 1.0 0.5 2.5 3.0 1e-310 1e+300 1e+300 inf inf nan 2.0 3.0
# expect: hypot 1.0 1.0 1.0 1.4142135623730951 1.4142135623730951 1.118033988749895 2.692582403567252 3.1622776601683795 1.0 1e+300 1e+300 inf inf nan 2.23606797749979 3.1622776601683795
# expect: hypot -1.0 1.0 1.0 1.4142135623730951 1.4142135623730951 1.118033988749895 2.692582403567252 3.1622776601683795 1.0 1e+300 1e+300 inf inf nan 2.23606797749979 3.1622776601683795
# expect: hypot 0.5 0.5 0.5 1.118033988749895 1.118033988749895 0.7071067811865476 2.5495097567963922 3.0413812651491097 0.5 1e+300 1e+300 inf inf nan 2.0615528128088303 3.0413812651491097
# expect: hypot -2.5 2.5 2.5 2.692582403567252 2.692582403567252 2.5495097567963922 3.5355339059327378 3.905124837953327 2.5 1e+300 1e+300 inf inf nan 3.2015621187164243 3.905124837953327
# expect: hypot 3.0 3.0 3.0 3.1622776601683795 3.1622776601683795 3.0413812651491097 3.905124837953327 4.242640687119285 3.0 1e+300 1e+300 inf inf nan 3.605551275463989 4.242640687119285
# expect: hypot 1e-310 1e-310 1e-310 1.0 1.0 0.5 2.5 3.0 1.4142135623731e-310 1e+300 1e+300 inf inf nan 2.0 3.0
# expect: hypot 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1.4142135623730952e+300 1.4142135623730952e+300 inf inf nan 1e+300 1e+300
# expect: hypot -1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300 1.4142135623730952e+300 1.4142135623730952e+300 inf inf nan 1e+300 1e+300
# expect: hypot inf inf inf inf inf inf inf inf inf inf inf inf inf inf inf inf
# expect: hypot -inf inf inf inf inf inf inf inf inf inf inf inf inf inf inf inf
# expect: hypot nan nan nan nan nan nan nan nan nan nan nan inf inf nan nan nan
# expect: hypot 2 2.0 2.0 2.23606797749979 2.23606797749979 2.0615528128088303 3.2015621187164243 3.605551275463989 2.0 1e+300 1e+300 inf inf nan 2.8284271247461903 3.605551275463989
# expect: hypot -3 3.0 3.0 3.1622776601683795 3.1622776601683795 3.0413812651491097 3.905124837953327 4.242640687119285 3.0 1e+300 1e+300 inf inf nan 3.605551275463989 4.242640687119285
# expect: log 0.0 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log -0.0 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log 1.0 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error -0.0 ValueError: math domain error 0.0 -0.0 0.0 ValueError: math domain error 0.0 ValueError: math domain error nan 0.0 ValueError: math domain error
# expect: log -1.0 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log 0.5 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error 1.0 ValueError: math domain error -0.6309297535714574 0.0009710645021418748 -0.0010034333188799374 ValueError: math domain error -0.0 ValueError: math domain error nan -1.0 ValueError: math domain error
# expect: log -2.5 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log 3.0 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error -1.5849625007211563 ValueError: math domain error 1.0 -0.0015391008216763306 0.001590404182398875 ValueError: math domain error 0.0 ValueError: math domain error nan 1.5849625007211563 ValueError: math domain error
# expect: log 1e-310 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error 1029.7977094150824 ValueError: math domain error -649.7300150297092 1.0 -1.0333333333333334 ValueError: math domain error -0.0 ValueError: math domain error nan -1029.7977094150824 ValueError: math domain error
# expect: log 1e+300 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error -996.5784284662087 ValueError: math domain error 628.7709822868153 -0.967741935483871 1.0 ValueError: math domain error 0.0 ValueError: math domain error nan 996.5784284662087 ValueError: math domain error
# expect: log -1e+300 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log inf ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error -inf ValueError: math domain error inf -inf inf ValueError: math domain error nan ValueError: math domain error nan inf ValueError: math domain error
# expect: log -inf ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: log nan ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error nan ValueError: math domain error nan nan nan ValueError: math domain error nan ValueError: math domain error nan nan ValueError: math domain error
# expect: log 2 ValueError: math domain error ValueError: math domain error ZeroDivisionError: float division by zero ValueError: math domain error -1.0 ValueError: math domain error 0.6309297535714574 -0.0009710645021418748 0.0010034333188799374 ValueError: math domain error 0.0 ValueError: math domain error nan 1.0 ValueError: math domain error
# expect: log -3 ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error ValueError: math domain error
# expect: isclose 0.0 True True False False False False False False False False False False False False False
# expect: isclose -0.0 True True False False False False False False False False False False False False False
# expect: isclose 1.0 False False True False False False False False False False False False False False False
# expect: isclose -1.0 False False False True False False False False False False False False False False False
# expect: isclose 0.5 False False False False True False False False False False False False False False False
# expect: isclose -2.5 False False False False False True False False False False False False False False False
# expect: isclose 3.0 False False False False False False True False False False False False False False False
# expect: isclose 1e-310 False False False False False False False True False False False False False False False
# expect: isclose 1e+300 False False False False False False False False True False False False False False False
# expect: isclose -1e+300 False False False False False False False False False True False False False False False
# expect: isclose inf False False False False False False False False False False True False False False False
# expect: isclose -inf False False False False False False False False False False False True False False False
# expect: isclose nan False False False False False False False False False False False False False False False
# expect: isclose 2 False False False False False False False False False False False False False True False
# expect: isclose -3 False False False False False False False False False False False False False False True
# expect: ldexp 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0
# expect: ldexp -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0 -0.0
# expect: ldexp 1.0 1.0 2.0 0.5 8.98846567431158e+307 OverflowError: math range error 5e-324 0.0 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp -1.0 -1.0 -2.0 -0.5 -8.98846567431158e+307 OverflowError: math range error -5e-324 -0.0 OverflowError: math range error -0.0 OverflowError: math range error -0.0
# expect: ldexp 0.5 0.5 1.0 0.25 4.49423283715579e+307 8.98846567431158e+307 0.0 0.0 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp -2.5 -2.5 -5.0 -1.25 OverflowError: math range error OverflowError: math range error -1e-323 -5e-324 OverflowError: math range error -0.0 OverflowError: math range error -0.0
# expect: ldexp 3.0 3.0 6.0 1.5 OverflowError: math range error OverflowError: math range error 1.5e-323 1e-323 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp 1e-310 1e-310 2e-310 5e-311 0.008988465674311552 0.017976931348623104 0.0 0.0 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp 1e+300 1e+300 2e+300 5e+299 OverflowError: math range error OverflowError: math range error 4.940656458412466e-24 2.470328229206233e-24 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp -1e+300 -1e+300 -2e+300 -5e+299 OverflowError: math range error OverflowError: math range error -4.940656458412466e-24 -2.470328229206233e-24 OverflowError: math range error -0.0 OverflowError: math range error -0.0
# expect: ldexp inf inf inf inf inf inf inf inf inf inf inf inf
# expect: ldexp -inf -inf -inf -inf -inf -inf -inf -inf -inf -inf -inf -inf
# expect: ldexp nan nan nan nan nan nan nan nan nan nan nan nan
# expect: ldexp 2 2.0 4.0 1.0 OverflowError: math range error OverflowError: math range error 1e-323 5e-324 OverflowError: math range error 0.0 OverflowError: math range error 0.0
# expect: ldexp -3 -3.0 -6.0 -1.5 OverflowError: math range error OverflowError: math range error -1.5e-323 -1e-323 OverflowError: math range error -0.0 OverflowError: math range error -0.0
