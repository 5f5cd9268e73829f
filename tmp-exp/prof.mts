import { readFile } from 'node:fs/promises';
import { decodeCatalog } from '/work/wt/scale/main/services/archive/catalog-file';
import { CatalogState } from '/work/wt/scale/main/services/archive/catalog-state';
const f = '/tmp/kho-tin-bench/archive-v3-100000-42/catalog.jsonl';
for (let i = 0; i < 4; i++) {
  let t = performance.now();
  const buf = await readFile(f);
  const tRead = performance.now() - t; t = performance.now();
  const data = decodeCatalog(buf) as any;
  const tDec = performance.now() - t; t = performance.now();
  const st = CatalogState.from(data);
  const tState = performance.now() - t; t = performance.now();
  const s = buf.toString('utf8'); const tStr = performance.now() - t; t = performance.now();
  const lines = s.split('\n'); const arr = JSON.parse('[' + lines.slice(1).filter(Boolean).join(',') + ']'); const tOne = performance.now() - t;
  console.log({ tRead, tDec, tState, tStr, tOne, n: st.articles.size, arr: arr.length });
}
