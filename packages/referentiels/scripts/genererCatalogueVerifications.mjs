// Génère docs/verifications-avant-paiement.md (catalogue des 12 vérifications avant paiement) à partir
// du registre. Lancé par `npm run build` après tsup (lit dist/index.js) ; le test
// src/verifications/catalogueVerifications.test.ts vérifie que le fichier commité est à jour.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueMarkdown } from "@communs-opco/regles";

const { registrePrepaiement } = await import("../dist/index.js");
const ENTETE = "<!-- Vérifications avant paiement : sortie de catalogueMarkdown(registrePrepaiement()) de @communs-opco/referentiels, vérifiée par src/verifications/catalogueVerifications.test.ts. -->\n\n";
const cible = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "verifications-avant-paiement.md");
const registre = registrePrepaiement();
await writeFile(cible, ENTETE + catalogueMarkdown(registre), "utf8");
console.log(`docs/verifications-avant-paiement.md : ${registre.regles.length} vérifications.`);
