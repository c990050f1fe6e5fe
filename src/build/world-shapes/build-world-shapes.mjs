// Converts Natural Earth country shapes, as published in the npm package world-atlas 2.0.2 (TopoJSON, ISO 3166-1
// numeric ids), into the compact resource the app reads: src/main/resources/dev/timelineexplorer/view/map/world.bin,
// keyed by ISO 3166-1 alpha-2 code.
//
// Run it again from the repository's root (needs Node 18 or later and npm):
//
//   cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && cd -
//   node src/build/world-shapes/build-world-shapes.mjs /tmp/package
//
// What it does:
// - takes countries-50m.json (1:50 million scale, which keeps small states such as Singapore and the Pacific
//   islands) and, from countries-10m.json, the few states the 50m file leaves out (Tuvalu, for one), re-quantised
//   onto the 50m grid;
// - maps numeric ids to alpha-2 codes with iso-3166-numeric.csv beside this script; Kosovo (no ISO code) becomes XK;
//   Somaliland and Northern Cyprus, drawn apart by Natural Earth, are kept with Somalia and Cyprus, the states the
//   Republic of Korea recognises; Antarctica, Siachen Glacier and the Indian Ocean Territories are left out;
// - keeps the topology: each border (an "arc") is stored once and rings refer to arcs by index, as in TopoJSON.
//
// The file, big-endian:
//   "TEWS", version byte 1
//   float64 scaleX, scaleY, translateX, translateY   (longitude = x * scaleX + translateX, latitude likewise)
//   varint arcCount, then per arc: varint pointCount, then zigzag-varint deltas of x and y (the first from 0, 0)
//   varint shapeCount, then per shape: byte codeLength, ASCII code, varint polygonCount, per polygon:
//     varint ringCount (the first ring is the outline, the others holes), per ring: varint arcCount, then per arc
//     a zigzag varint arc index (a negative index ~i means arc i reversed, as in TopoJSON)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = process.argv[2];
if (!packageDir) {
  console.error("usage: node build-world-shapes.mjs WORLD_ATLAS_PACKAGE_DIR");
  process.exit(2);
}
const out = join(here, "../../main/resources/dev/timelineexplorer/view/map/world.bin");

const numericToAlpha2 = new Map();
for (const line of readFileSync(join(here, "iso-3166-numeric.csv"), "utf8").split("\n")) {
  const match = /^([A-Z]{2}),(\d{3}),/.exec(line);
  if (match) numericToAlpha2.set(match[2], match[1]);
}
const BY_NAME = { Kosovo: "XK", Somaliland: "SO", "N. Cyprus": "CY" };
const LEFT_OUT = new Set(["AQ"]);

const topo50 = JSON.parse(readFileSync(join(packageDir, "countries-50m.json"), "utf8"));
const topo10 = JSON.parse(readFileSync(join(packageDir, "countries-10m.json"), "utf8"));

/** The arcs of a topology as absolute quantised points. */
function absoluteArcs(topo) {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

function codeOf(geometry) {
  if (geometry.id !== undefined) return numericToAlpha2.get(geometry.id);
  return BY_NAME[geometry.properties.name];
}

function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.arcs];
  if (geometry.type === "MultiPolygon") return geometry.arcs;
  return [];
}

const t50 = topo50.transform;
const arcs = absoluteArcs(topo50);
const shapes = new Map(); // code -> polygons (arrays of rings of arc indices)

function add(code, polygons) {
  if (!shapes.has(code)) shapes.set(code, []);
  shapes.get(code).push(...polygons);
}

for (const geometry of topo50.objects.countries.geometries) {
  const code = codeOf(geometry);
  if (!code || LEFT_OUT.has(code)) continue;
  add(code, polygonsOf(geometry));
}

// States the 50m file leaves out: their arcs from the 10m file, moved onto the 50m grid.
const ids50 = new Set(topo50.objects.countries.geometries.map((g) => g.id));
const t10 = topo10.transform;
const arcs10 = absoluteArcs(topo10);
for (const geometry of topo10.objects.countries.geometries) {
  const code = codeOf(geometry);
  if (!code || ids50.has(geometry.id) || shapes.has(code) || LEFT_OUT.has(code)) continue;
  const moved = new Map();
  const remap = (index) => {
    const reversed = index < 0;
    const i = reversed ? ~index : index;
    if (!moved.has(i)) {
      const points = arcs10[i].map(([x, y]) => {
        const lon = x * t10.scale[0] + t10.translate[0];
        const lat = y * t10.scale[1] + t10.translate[1];
        return [
          Math.round((lon - t50.translate[0]) / t50.scale[0]),
          Math.round((lat - t50.translate[1]) / t50.scale[1]),
        ];
      });
      arcs.push(points);
      moved.set(i, arcs.length - 1);
    }
    return reversed ? ~moved.get(i) : moved.get(i);
  };
  add(code, polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map(remap))));
  console.log(`from the 10m file: ${code} ${geometry.properties.name}`);
}

// ------------------------------------------------------------------ writing
const bytes = [];
function byte(b) {
  bytes.push(b & 0xff);
}
function varint(value) {
  if (value < 0) throw new Error("negative varint " + value);
  while (value >= 0x80) {
    byte((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  byte(value);
}
function zigzag(value) {
  varint(value >= 0 ? value * 2 : -value * 2 - 1);
}
function float64(value) {
  const buffer = Buffer.alloc(8);
  buffer.writeDoubleBE(value);
  for (const b of buffer) byte(b);
}

for (const c of "TEWS") byte(c.charCodeAt(0));
byte(1);
float64(t50.scale[0]);
float64(t50.scale[1]);
float64(t50.translate[0]);
float64(t50.translate[1]);
varint(arcs.length);
let points = 0;
for (const arc of arcs) {
  varint(arc.length);
  let px = 0;
  let py = 0;
  for (const [x, y] of arc) {
    zigzag(x - px);
    zigzag(y - py);
    px = x;
    py = y;
    points++;
  }
}
const codes = [...shapes.keys()].sort();
varint(codes.length);
for (const code of codes) {
  byte(code.length);
  for (const c of code) byte(c.charCodeAt(0));
  const polygons = shapes.get(code);
  varint(polygons.length);
  for (const polygon of polygons) {
    varint(polygon.length);
    for (const ring of polygon) {
      varint(ring.length);
      for (const index of ring) zigzag(index);
    }
  }
}
writeFileSync(out, Buffer.from(bytes));
console.log(`${codes.length} shapes, ${arcs.length} arcs, ${points} points, ${bytes.length} bytes -> ${out}`);
