// Builds src/main/resources/public/geo/world.json, the world geometry of the members map, from two npm
// packages (see src/main/resources/public/geo/README.md for versions and licences):
//   world-atlas (Natural Earth 4.1.0 as TopoJSON): country shapes at 1:110m, and at 1:10m for the
//   small states the 1:110m file leaves out, which are kept as one point each (their bounding box centre);
//   i18n-iso-countries: ISO 3166-1 numeric code -> alpha-3, the code Comity's states use.
// Run: npm install world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0 && node scripts/world-geometry.js OUT
const topo = require('topojson-client');
const codes = require('i18n-iso-countries');
const fs = require('fs');

// Natural Earth shows Kosovo without an ISO numeric code; Comity codes it XKX (the EU/IMF user code).
const NO_NUMERIC = { 'Kosovo': 'XKX' };
// Greenland belongs to the bodies only as part of the Kingdom of Denmark: drawn as Denmark, not as a blank
// fifth of the northern map. Other territories keep their own code and are drawn without a record.
const AS_PART_OF = { GRL: 'DNK' };
// A ring that crosses the antimeridian (Russia, Fiji) is drawn as one piece east of it, not as a band across the map.
function unwrap(ring) {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map((p) => (p[0] < 0 ? [p[0] + 360, p[1]] : p));
}
function unwrapGeometry(g) {
  if (g.type === 'Polygon') return { type: g.type, coordinates: g.coordinates.map(unwrap) };
  return { type: g.type, coordinates: g.coordinates.map((poly) => poly.map(unwrap)) };
}
const round = (c) => (typeof c[0] === 'number' ? [+c[0].toFixed(2), +c[1].toFixed(2)] : c.map(round));

function features(scale) {
  const t = JSON.parse(fs.readFileSync(require.resolve(`world-atlas/countries-${scale}.json`)));
  return topo.feature(t, t.objects.countries).features.map((f) => ({
    code: ((c) => AS_PART_OF[c] || c)((f.id && codes.numericToAlpha3(f.id)) || NO_NUMERIC[f.properties.name] || null),
    name: f.properties.name,
    geometry: f.geometry,
  }));
}

function centre(geometry) {
  let minX = 180, minY = 90, maxX = -180, maxY = -90;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]); minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return [+((minX + maxX) / 2).toFixed(2), +((minY + maxY) / 2).toFixed(2)];
}

// Antarctica is no state and would take a fifth of the map.
const large = features('110m').filter((f) => f.code !== 'ATA');
const drawn = new Set(large.map((f) => f.code).filter(Boolean));
const out = {
  type: 'FeatureCollection',
  // ECharts matches data to a feature by its "name": the alpha-3 code (or the map's own name when it has none).
  features: large.map((f) => ({
    type: 'Feature',
    properties: { name: f.code || f.name, name_en: f.name, coded: f.code !== null },
    geometry: ((g) => ({ type: g.type, coordinates: round(g.coordinates) }))(unwrapGeometry(f.geometry)),
  })),
  points: features('10m')
    .filter((f) => f.code && !drawn.has(f.code))
    .map((f) => ({ name: f.code, name_en: f.name, value: centre(f.geometry) }))
    .sort((a, b) => a.name.localeCompare(b.name)),
};
fs.writeFileSync(process.argv[2], JSON.stringify(out));
console.log(`${out.features.length} shapes, ${out.points.length} points`);
