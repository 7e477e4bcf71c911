import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDonnees } from "@communs-opco/adaptateur";

const ici = dirname(fileURLToPath(import.meta.url));

/** Lit un fichier de `test/fixtures` comme source de données. */
export function lireFixture(nom: string): SourceDonnees {
  return { nom, octets: new Uint8Array(readFileSync(join(ici, "..", "fixtures", nom))) };
}
