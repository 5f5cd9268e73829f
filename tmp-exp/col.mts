import { readFileSync, writeFileSync } from 'node:fs';
import { decodeArticle } from '/work/wt/scale/main/services/archive/catalog-codec';
const lines = readFileSync('/tmp/kho-tin-bench/archive-v3-100000-42/catalog.jsonl','utf8').split('\n').slice(1).filter(Boolean).map(l=>JSON.parse(l));
const cols: unknown[][] = Array.from({length:14},(_, i)=>lines.map(l=>l[i+1]));
const DICT = new Set([2,4,6,9]); // categoryId, site, author, importedAt
const out: string[] = ['{"header":1}'];
for (let i=0;i<14;i++){
  if (DICT.has(i)) { const vals=[...new Set(cols[i])]; const m=new Map(vals.map((v,k)=>[v,k])); out.push(JSON.stringify({d:vals,i:cols[i].map(v=>m.get(v))})); }
  else out.push(JSON.stringify(cols[i]));
}
writeFileSync('/tmp/scale-exp/col.txt', out.join('\n')+'\n');
console.log('size', out.join('\n').length);
const buf = readFileSync('/tmp/scale-exp/col.txt');
for (let r=0;r<5;r++){
 const t=performance.now();
 let start = buf.indexOf(10)+1; const c: unknown[][]=[];
 for (let i=0;i<14;i++){ const end=buf.indexOf(10,start); const v=JSON.parse(buf.toString('utf8',start,end)); c.push(DICT.has(i)? v.i.map((k:number)=>v.d[k]) : v); start=end+1;}
 const t1=performance.now();
 const row=new Array(15); const res=[];
 for (let a=0;a<c[0].length;a++){ row[0]='A'; for(let i=0;i<14;i++) row[i+1]=c[i][a]; const m=decodeArticle(row,1); if(typeof m==='string') throw m; res.push(m);}
 const t2=performance.now();
 console.log('parse', (t1-t).toFixed(0), 'build', (t2-t1).toFixed(0), 'total', (t2-t).toFixed(0));
}
