# Writes thunderbird_rfc2231.eml: a message shaped like Thunderbird's (nested multipart/alternative body, a PDF whose
# Vietnamese name is split into RFC 2231 continuations mid-character, a PNG whose RFC 2047 name climbs out with ../).
import base64, zlib, struct, urllib.parse
def png(w,h):
    raw=b''.join(b'\x00'+b''.join(bytes(((x*7)%256,(y*5)%256,(x+y)%256)) for x in range(w)) for y in range(h))
    def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
    return b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',w,h,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw))+chunk(b'IEND',b'')
objs=[b"<< /Type /Catalog /Pages 2 0 R >>",b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
pdf=b"%PDF-1.4\n"; offs=[]
for i,o in enumerate(objs):
    offs.append(len(pdf)); pdf+=b"%d 0 obj\n"%(i+1)+o+b"\nendobj\n"
x=len(pdf); pdf+=b"xref\n0 4\n0000000000 65535 f \n"+b"".join(b"%010d 00000 n \n"%o for o in offs)+b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"%x
def b64(b):
    s=base64.b64encode(b).decode(); return '\n'.join(s[i:i+76] for i in range(0,len(s),76))
name="Giấy chứng nhận quyền sử dụng đất thửa số 12 tờ bản đồ số 5.pdf"
enc=urllib.parse.quote(name.encode('utf-8'), safe='')
fixed=[]; rest=enc
while rest:
    cut=min(60,len(rest))
    p=rest[:cut]
    k=p.rfind('%')
    if k>=0 and k>len(p)-3 and cut<len(rest): cut=k; p=rest[:cut]
    fixed.append(p); rest=rest[cut:]
disp='Content-Disposition: attachment;\n'+';\n'.join(' filename*%d*=%s%s'%(i,"UTF-8''" if i==0 else '',p) for i,p in enumerate(fixed))
subj='=?UTF-8?B?'+base64.b64encode('Gửi hồ sơ tặng cho'.encode()).decode()+'?='
pngname='=?UTF-8?B?'+base64.b64encode('../../../tmp/Căn cước.png'.encode()).decode()+'?='
msg=f"""Return-Path: <tran.thi.b@example.vn>
Message-ID: <4b1f2c3d@example.vn>
Date: Wed, 4 Mar 2026 08:30:00 +0700
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Tr=E1=BA=A7n_Th=E1=BB=8B_B?= <tran.thi.b@example.vn>
To: motcua@xa.example.vn
Subject: {subj}
Content-Type: multipart/mixed; boundary="------------mixed01"

This is a multi-part message in MIME format.
--------------mixed01
Content-Type: multipart/alternative; boundary="------------alt02"

--------------alt02
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Kính gửi bộ phận một cửa.

--------------alt02
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<html><body><p>Kính gửi bộ phận một cửa.</p></body></html>

--------------alt02--
--------------mixed01
Content-Type: application/pdf
{disp}
Content-Transfer-Encoding: base64

{b64(pdf)}
--------------mixed01
Content-Type: image/png; name="{pngname}"
Content-Disposition: attachment; filename="{pngname}"
Content-Transfer-Encoding: base64

{b64(png(24,16))}
--------------mixed01--
"""
open('thunderbird_rfc2231.eml','wb').write(msg.replace('\n','\r\n').encode('utf-8'))
