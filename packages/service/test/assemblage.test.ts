import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { attendreAdresseServeur } from "@communs-opco/test-support";
import { describe, expect, it } from "vitest";

const ASSEMBLAGE = fileURLToPath(new URL("../.assemblage", import.meta.url));
const ASSEMBLER = fileURLToPath(new URL("../scripts/assembler.mjs", import.meta.url));

describe("service assemblé (le même dossier que l'image Docker)", () => {
  it("démarre avec node seul, hors du dépôt, et répond au contrôle d'un contrat", async () => {
    // Le script d'assemblage est celui du Dockerfile ; il n'est relancé que si le dossier manque.
    if (!existsSync(`${ASSEMBLAGE}/node_modules/@communs-opco/cli/bin/opco.js`)) {
      const r = spawnSync(process.execPath, [ASSEMBLER, ASSEMBLAGE], { stdio: "inherit" });
      expect(r.status).toBe(0);
    }
    const enfant = spawn(process.execPath, ["node_modules/@communs-opco/cli/bin/opco.js", "serveur", "--port", "0"], { cwd: ASSEMBLAGE, stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env["PATH"] ?? "" } });
    try {
      const url = await attendreAdresseServeur(enfant);
      expect((await (await fetch(`${url}/pret`)).json()) as unknown).toEqual({ pret: true, referentiels: ["embarque", "aucun"] });
      const reponse = await fetch(`${url}/v1/contrats/controle?date=2025-11-03`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2025-01-01" } }) });
      expect(reponse.status).toBe(200);
      const corps = (await reponse.json()) as { statut: string; constats: { regle: string }[] };
      expect(corps.statut).toBe("non_conforme");
      expect(corps.constats.some((c) => c.regle.startsWith("prepaiement."))).toBe(true);
      expect((await fetch(`${url}/docs/swagger-ui-bundle.js`)).status).toBe(200);
    } finally {
      const fin = new Promise((r) => enfant.once("exit", r));
      enfant.kill("SIGTERM");
      await fin;
    }
  }, 300_000);
});
