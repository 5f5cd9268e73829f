import { readFileSync } from 'node:fs';
import { decodeCatalog } from '/work/wt/scale/main/services/archive/catalog-file';
const buf = readFileSync('/tmp/scale-exp/col.txt');
const old = readFileSync('/tmp/kho-tin-bench/archive-v3-100000-42/catalog.jsonl');
const names=['id','title','categoryId','publishedAt','site','sourceUrl','author','lead','wordCount','importedAt','contentHash','read','starred','readingPosition'];
for (let r=0;r<3;r++){
 let t0=performance.now(); decodeCatalog(old); const tOld=performance.now()-t0;
 let start = buf.indexOf(10)+1; const times:string[]=[];
 for (let i=0;i<14;i++){ const t=performance.now(); const end=buf.indexOf(10,start); JSON.parse(buf.toString('utf8',start,end)); times.push(names[i]+':'+(performance.now()-t).toFixed(0)); start=end+1;}
 console.log('old', tOld.toFixed(0), times.join(' '));
}
