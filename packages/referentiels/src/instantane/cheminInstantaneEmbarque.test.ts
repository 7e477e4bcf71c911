import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cheminInstantaneEmbarque } from "./chargerInstantaneEmbarque";

const paquet = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("cheminInstantaneEmbarque", () => {
  it("trouve l'instantané du paquet depuis les sources", () => {
    expect(cheminInstantaneEmbarque()).toBe(join(paquet, "data", "instantane-embarque.json.gz"));
  });

  // Un script `node -e` définit un `__filename` global (« [eval] ») : le paquet compilé ne doit pas le
  // prendre pour le sien, ni en ESM ni en CommonJS.
  it.runIf(existsSync(join(paquet, "dist", "index.js")))("le paquet compilé le trouve aussi depuis un script node -e (ESM et CommonJS)", () => {
    const attendu = join(paquet, "data", "instantane-embarque.json.gz");
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(join(paquet, "dist", "index.js"))}); process.stdout.write(m.cheminInstantaneEmbarque());`], { encoding: "utf8" });
    const cjs = execFileSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(join(paquet, "dist", "index.cjs"))}).cheminInstantaneEmbarque());`], { encoding: "utf8" });
    expect(esm).toBe(attendu);
    expect(cjs).toBe(attendu);
  });
});
