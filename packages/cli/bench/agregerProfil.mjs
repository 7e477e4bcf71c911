// Agrège un fichier .cpuprofile (node --cpu-prof) : temps propre par fonction, en pourcentage.
//   node packages/cli/bench/agregerProfil.mjs <fichier.cpuprofile> [nombre]
import { readFileSync } from "node:fs";

const [fichier, nombre = "40"] = process.argv.slice(2);
const profil = JSON.parse(readFileSync(fichier, "utf8"));
const parId = new Map(profil.nodes.map((n) => [n.id, n]));
const propre = new Map();
const deltas = profil.timeDeltas;
let total = 0;
profil.samples.forEach((id, i) => {
  const n = parId.get(id);
  const f = n.callFrame;
  const cle = `${f.functionName || "(anonyme)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
  const d = deltas[i] ?? 0;
  propre.set(cle, (propre.get(cle) ?? 0) + d);
  total += d;
});
for (const [cle, t] of [...propre].sort((a, b) => b[1] - a[1]).slice(0, Number(nombre))) {
  console.log(`${((t / total) * 100).toFixed(1).padStart(5)} %  ${cle}`);
}
