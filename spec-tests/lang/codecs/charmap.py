import codecs
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
show(codecs.charmap_decode, b'\x00\x01\x02', 'replace', 'ab')
show(codecs.charmap_decode, b'\x00\x01\x02', 'strict', 'ab')
show(codecs.charmap_decode, b'\x00\x01', 'strict', {0: 'xy', 1: 0x263a})
show(codecs.charmap_decode, b'\x00\x01', 'strict', {0: None})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 1.5})
show(codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000})
show(codecs.charmap_decode, b'\x00', 'replace', {0: '\ufffe'})
show(codecs.charmap_decode, b'\x00', 'strict', 'a\ufffe')
show(codecs.charmap_decode, b'\x01', 'ignore', 'a\ufffe')
show(codecs.charmap_decode, b'\x00\xff')
show(codecs.charmap_decode, b'ab', None, None)
show(codecs.charmap_encode, 'ab', 'strict', {97: 1, 98: b'xy'})
show(codecs.charmap_encode, 'abc', 'strict', {97: 1, 98: b'xy'})
show(codecs.charmap_encode, 'abc', 'replace', {97: 1, 98: b'xy', 63: 63})
show(codecs.charmap_encode, 'abc', 'replace', {97: 1, 98: b'xy'})
show(codecs.charmap_encode, 'a', 'strict', {97: 300})
show(codecs.charmap_encode, 'a', 'strict', {97: 'x'})
show(codecs.charmap_encode, 'a', 'strict', {97: None})
show(codecs.charmap_encode, 'aé')
show(codecs.charmap_encode, 'a€')
m = codecs.charmap_build('abc')
show(codecs.charmap_encode, 'cab', 'strict', m)
show(codecs.charmap_encode, 'cabd', 'xmlcharrefreplace', m)
for enc in ['cp1252', 'cp437', 'iso8859_15', 'koi8_r', 'mac_roman', 'cp850', 'iso8859_2', 'cp1251', 'hp_roman8', 'tis_620']:
    text = 'Grüße €ÄßЖ'
    show(text.encode, enc, 'replace')
    show(text.encode, enc)
    show(bytes(range(0x80, 0x100)).decode, enc, 'replace')
    show(b'\x81\x8d\x8f\x90\x9d'.decode, enc)

# expect: ('ab�', 3)
# expect: UnicodeDecodeError 'charmap' codec can't decode byte 0x02 in position 2: character maps to <undefined>
# expect: ('xy☺', 2)
# expect: UnicodeDecodeError 'charmap' codec can't decode byte 0x00 in position 0: character maps to <undefined>
# expect: TypeError character mapping must return integer, None or str
# expect: TypeError character mapping must be in range(0x110000)
# expect: ('�', 1)
# expect: ('a', 1)
# expect: ('', 1)
# expect: ('\x00ÿ', 2)
# expect: ('ab', 2)
# expect: (b'\x01xy', 2)
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\x63' in position 2: character maps to <undefined>
# expect: (b'\x01xy?', 3)
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\x63' in position 2: character maps to <undefined>
# expect: TypeError character mapping must be in range(256)
# expect: TypeError character mapping must return integer, bytes or None, not str
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\x61' in position 0: character maps to <undefined>
# expect: (b'a\xe9', 2)
# expect: UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
# expect: (b'\x02\x00\x01', 3)
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\x64' in position 3: character maps to <undefined>
# expect: b'Gr\xfc\xdfe \x80\xc4\xdf?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u0416' in position 9: character maps to <undefined>
# expect: '€�‚ƒ„…†‡ˆ‰Š‹Œ�Ž��‘’“”•–—˜™š›œ�žŸ\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ'
# expect: UnicodeDecodeError 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>
# expect: b'Gr\x81\xe1e ?\x8e\xe1?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u20ac' in position 6: character maps to <undefined>
# expect: 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0'
# expect: 'üìÅÉ¥'
# expect: b'Gr\xfc\xdfe \xa4\xc4\xdf?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u0416' in position 9: character maps to <undefined>
# expect: '\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0¡¢£€¥Š§š©ª«¬\xad®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ'
# expect: '\x81\x8d\x8f\x90\x9d'
# expect: b'Gr??e ???\xf6'
# expect: UnicodeEncodeError 'charmap' codec can't encode characters in position 2-3: character maps to <undefined>
# expect: '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\xa0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ'
# expect: '│█▐░²'
# expect: b'Gr\x9f\xa7e \xdb\x80\xa7?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u0416' in position 9: character maps to <undefined>
# expect: 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\xa0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ'
# expect: 'Åçèêù'
# expect: b'Gr\x81\xe1e ?\x8e\xe1?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u20ac' in position 6: character maps to <undefined>
# expect: 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\xad±‗¾¶§÷¸°¨·¹³²■\xa0'
# expect: 'üìÅÉØ'
# expect: b'Gr\xfc\xdfe ?\xc4\xdf?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u20ac' in position 6: character maps to <undefined>
# expect: '\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\xadŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙'
# expect: '\x81\x8d\x8f\x90\x9d'
# expect: b'Gr??e \x88??\xc6'
# expect: UnicodeEncodeError 'charmap' codec can't encode characters in position 2-3: character maps to <undefined>
# expect: 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—�™љ›њќћџ\xa0ЎўЈ¤Ґ¦§Ё©Є«¬\xad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'
# expect: 'ЃЌЏђќ'
# expect: b'Gr\xcf\xdee ?\xd8\xde?'
# expect: UnicodeEncodeError 'charmap' codec can't encode character '\u20ac' in position 6: character maps to <undefined>
# expect: '\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0ÀÂÈÊËÎÏ´ˋˆ¨˜ÙÛ₤¯Ýý°ÇçÑñ¡¿¤£¥§ƒ¢âêôûáéóúàèòùäëöüÅîØÆåíøæÄìÖÜÉïßÔÁÃãÐðÍÌÓÒÕõŠšÚŸÿÞþ·µ¶¾—¼½ªº«■»±�'
# expect: '\x81\x8d\x8f\x90\x9d'
# expect: b'Gr??e ????'
# expect: UnicodeEncodeError 'charmap' codec can't encode characters in position 2-3: character maps to <undefined>
# expect: '\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f�กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู����฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛����'
# expect: '\x81\x8d\x8f\x90\x9d'
