// Lists the divisions of older GB/T 2260 snapshots, newest first, whose names today's gazetteer lacks: counties made
// districts under new names (开县 → 开州区), districts merged away (闸北区), prefectures made cities (哈密地区, 巴彦淖尔盟),
// cities renamed (襄樊市 → 襄阳市). Reports written before the change name them so. A snapshot file holds either
// {parent code: {code: name}} (china-area-data) or {code: name} (gb2260's revisions), where the code says the parent.
// usage: node former-to-tsv.js <today's regions.tsv> <package@version>=<its data file> ...  (writes to stdout)
const fs = require('fs');
const path = require('path');
const [todayFile, ...snapshots] = process.argv.slice(2);
const today = fs.readFileSync(todayFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const todayNames = new Set(today.map((r) => r[1]));

// Hong Kong and Macao are listed in traditional script there (a script, not a name, changed); the municipalities'
// 市辖区/郊县/县/市 and the county-less cities' street names are placeholders, and so is a district named 市郊区 (the
// words of any text about a city's outskirts).
const governed = /[省市区县旗州盟]$/;
const placeholder = (code, name) => /^8[12]/.test(code) || /市辖区|郊县|^市/.test(name) || name.length < 2 || !governed.test(name);
const municipalityGroup = (code) => /^(11|12|31|50)0[12]00$/.test(code);

// {code: name} → {parent code: {code: name}}: a county's parent is its city (xxxx00) where the snapshot lists one
// that governs, else its province (the counties a province governs directly: 429004 仙桃市; a municipality's).
const byParent = (flat) => {
  const nested = {};
  for (const [code, name] of Object.entries(flat)) {
    const city = code.slice(0, 4) + '00';
    const province = code.slice(0, 2) + '0000';
    const parent = code === province ? '86'
      : code === city || !(city in flat) || placeholder(city, flat[city]) ? province : city;
    (nested[parent] = nested[parent] || {})[code] = name;
  }
  return nested;
};

const rows = new Map(); // by name: the newest snapshot's code wins
for (const snapshot of snapshots) {
  const data = require(snapshot.slice(snapshot.indexOf('=') + 1));
  const old = Object.values(data).every((v) => typeof v === 'string') ? byParent(data) : data;
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
  `# source: npm ${[...new Set(snapshots.map((s) => s.slice(0, s.indexOf('='))))].join(', ')} (MIT), snapshots ${snapshots.map((s) => path.basename(s, '.json')).join(' ')}`,
  '# divisions whose names today\'s regions.tsv lacks, with the codes they had; regenerate: tools/gazetteer/generate.sh',
  '# code\tname\tlevel\tparent',
  ...sorted.map((r) => r.join('\t')),
];
process.stdout.write(out.join('\n') + '\n');
