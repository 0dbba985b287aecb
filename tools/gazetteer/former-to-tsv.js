// Lists the divisions of older GB/T 2260 snapshots (npm packages holding {parent code: {code: name}}, newest first)
// whose names today's gazetteer lacks: counties made districts under new names (开县 → 开州区), districts merged away
// (闸北区), prefectures made cities (哈密地区, 巴彦淖尔盟). Reports written before the change name them so.
// usage: node former-to-tsv.js <today's regions.tsv> <package@version>=<its data file> ...  (writes to stdout)
const fs = require('fs');
const [todayFile, ...snapshots] = process.argv.slice(2);
const today = fs.readFileSync(todayFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const todayNames = new Set(today.map((r) => r[1]));

// Hong Kong and Macao are listed in traditional script there (a script, not a name, changed); the municipalities'
// 市辖区/郊县 and the county-less cities' street names are placeholders.
const governed = /[省市区县旗州盟]$/;
const placeholder = (code, name) => /^8[12]/.test(code) || /市辖区|郊县/.test(name) || !governed.test(name);
const municipalityGroup = (code) => /^(11|12|31|50)0[12]00$/.test(code);

const rows = new Map(); // by name: the newest snapshot's code wins
for (const snapshot of snapshots) {
  const old = require(snapshot.slice(snapshot.indexOf('=') + 1));
  for (const parent of Object.keys(old)) {
    if (parent === '86') continue; // provinces: none has changed its name
    for (const [code, name] of Object.entries(old[parent])) {
      if (placeholder(code, name) || todayNames.has(name) || rows.has(name)) continue;
      const level = code.endsWith('00') ? 'city' : 'county';
      const up = municipalityGroup(parent) ? parent.slice(0, 2) + '0000' : parent;
      rows.set(name, [code, name, level, up]);
    }
  }
}
const sorted = [...rows.values()].sort((a, b) => a[0].localeCompare(b[0])); // parents (xxxx00) before their counties
const out = [
  `# source: ${snapshots.map((s) => 'npm ' + s.slice(0, s.indexOf('='))).join(', ')} (MIT), GB/T 2260 codes of its day (1.0.0: about 2015)`,
  '# divisions whose names today\'s regions.tsv lacks, with the codes they had; regenerate: tools/gazetteer/generate.sh',
  '# code\tname\tlevel\tparent',
  ...sorted.map((r) => r.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
