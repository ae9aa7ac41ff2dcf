#!/usr/bin/env python3
"""Census of the Vietnamese the product writes outside src/NghiQuyet.Core/Messages (issue 13).

Usage: scripts/wording-census.py [TREE]   (TREE defaults to this checkout; any folder holding src/)
Prints four counts:
  literals      C# string literals with Vietnamese letters outside Core/Messages and Migrations (recognisers'
                vocabulary, official names and the demo's seed data included)
  speech        the same without the reader's vocabulary and data (Ingest, Core/Text, Core/Catalog, Web/Demo, Data/Units)
  sentences     literals with Vietnamese letters and four words or more, outside Core/Messages, Web/Demo and Migrations
                (the heuristic of tests/NghiQuyet.Core.Tests/Wording/WordingTests.cs, before its allow-list)
  view-lines    .cshtml lines with Vietnamese letters
With -v, lists the speech literals.
"""
import os, re, sys
VI = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]")
# C# string literals (regular, verbatim, interpolated) outside comments - crude lexer
def literals(src):
    i=0;n=len(src);line=1
    while i<n:
        c=src[i]
        if c=='\n': line+=1;i+=1;continue
        if src.startswith('//',i):
            j=src.find('\n',i); i=n if j<0 else j; continue
        if src.startswith('/*',i):
            j=src.find('*/',i); seg=src[i:j+2]; line+=seg.count('\n'); i=j+2; continue
        if c=="'":
            j=i+1
            while j<n and src[j]!="'":
                j+= 2 if src[j]=='\\' else 1
            i=j+1; continue
        m=re.match(r'(\$?@|@\$|\$+)?"(""")?',src[i:i+6])
        if c in '$@"' and m and m.group(0).endswith('"'):
            pre=m.group(1) or ''; raw=m.group(2)
            start=i+len(m.group(0)); startline=line
            if raw:
                j=src.find('"""',start); s=src[start:j]; i=j+3
            elif '@' in pre:
                j=start
                while True:
                    if src[j]=='"' and src[j+1:j+2]=='"': j+=2; continue
                    if src[j]=='"': break
                    j+=1
                s=src[start:j]; i=j+1
            else:
                j=start; depth=0
                while j<n:
                    if src[j]=='\\': j+=2; continue
                    if '$' in pre and src[j]=='{' :
                        if src[j+1:j+2]=='{': j+=2; continue
                        depth+=1
                    elif '$' in pre and src[j]=='}' and depth>0: depth-=1
                    elif src[j]=='"' and depth==0: break
                    elif src[j]=='"' and depth>0:
                        # nested string in interpolation: skip
                        k=j+1
                        while src[k]!='"':
                            k+= 2 if src[k]=='\\' else 1
                        j=k
                    j+=1
                s=src[start:j]; i=j+1
            line+=s.count('\n')
            yield startline,s
            continue
        i+=1

def main():
    args=[a for a in sys.argv[1:] if a!='-v']
    root=args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
    data=('NghiQuyet.Ingest/','NghiQuyet.Core/Text/','NghiQuyet.Core/Catalog/','NghiQuyet.Web/Demo/','NghiQuyet.Data/Units/')
    lit=speech=sent=views=0
    for d,_,fs in os.walk(os.path.join(root,'src')):
        if '/bin' in d or '/obj' in d: continue
        for f in fs:
            p=os.path.relpath(os.path.join(d,f),root)
            if f.endswith('.cshtml'):
                views+=sum(1 for l in open(os.path.join(d,f),encoding='utf-8') if VI.search(l))
            if not f.endswith('.cs') or 'Core/Messages/' in p or '/Migrations/' in p: continue
            for ln,s in literals(open(os.path.join(d,f),encoding='utf-8').read()):
                if not VI.search(s): continue
                lit+=1
                if not any(x in p for x in data):
                    speech+=1
                    if '-v' in sys.argv: print(f"{p}:{ln}: {s[:100]!r}")
                if '/Demo/' not in p and len([w for w in re.sub(r'\{[^}]*\}',' ',s).split() if re.search(r'[^\W\d_]',w)])>=4:
                    sent+=1
    print(f"literals {lit}\nspeech {speech}\nsentences {sent}\nview-lines {views}")
main()
