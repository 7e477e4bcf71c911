import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogueMarkdown } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { registrePrepaiement } from "./reglesPrepaiement";

/** En-tête propre à ce catalogue (la suite est la sortie de `catalogueMarkdown`). */
const ENTETE = "<!-- Vérifications avant paiement : sortie de catalogueMarkdown(registrePrepaiement()) de @communs-opco/referentiels, vérifiée par src/verifications/catalogueVerifications.test.ts. -->\n\n";
const chemin = fileURLToPath(new URL("../../../../docs/verifications-avant-paiement.md", import.meta.url));

describe("catalogue docs/verifications-avant-paiement.md", () => {
  it("le catalogue commité est égal à une génération fraîche depuis le registre des vérifications avant paiement", () => {
    expect(readFileSync(chemin, "utf8")).toBe(ENTETE + catalogueMarkdown(registrePrepaiement()));
  });
});
