import { statSync } from "node:fs";
import { resolve } from "node:path";
import { chargerInstantane, chargerInstantaneEmbarque, ErreurInstantane, type Instantane } from "@communs-opco/referentiels";
import { ErreurUsage } from "../ErreurUsage";

/**
 * Source des vérifications avant paiement de `opco controle`, d'après l'option `--referentiel` :
 * un mode (`embarque`, `en-ligne`, `mixte`, `aucun`) ou le dossier d'un instantané local
 * construit par `opco referentiel importer … --dossier DIR` (utilisé comme l'instantané embarqué,
 * hors ligne). `instantane` est chargé une seule fois pour tout le flux (absent pour `en-ligne`
 * et `aucun`).
 *
 * @example
 * ```ts
 * const r: ReferentielControle = { mode: "local", dossier: "ref", instantane: await chargerInstantane("ref") };
 * ```
 */
export interface ReferentielControle {
  readonly mode: "embarque" | "en-ligne" | "mixte" | "aucun" | "local";
  /** Dossier de l'instantané local, tel que donné sur la ligne de commande (mode `local`). */
  readonly dossier?: string;
  readonly instantane?: Instantane;
}

const MODES = ["embarque", "en-ligne", "mixte", "aucun"] as const;

/**
 * Résout l'option `--referentiel` de `opco controle` : un mode connu (par défaut `embarque`), sinon
 * un dossier (relatif à `repertoire`) contenant un instantané lisible. Un dossier introuvable ou un
 * instantané illisible (`ErreurInstantane`) est une erreur d'utilisation en français ; un mode
 * l'emporte sur un dossier du même nom (écrire `./embarque` pour désigner le dossier).
 *
 * @example
 * ```ts
 * const r = await resoudreReferentielControle("ref", process.cwd()); // { mode: "local", dossier: "ref", instantane }
 * await creerPortsPrepaiement("embarque", { instantane: r.instantane });
 * ```
 */
export async function resoudreReferentielControle(option: string | undefined, repertoire: string): Promise<ReferentielControle> {
  const valeur = option ?? "embarque";
  if ((MODES as readonly string[]).includes(valeur)) {
    const mode = valeur as (typeof MODES)[number];
    return mode === "embarque" || mode === "mixte" ? { mode, instantane: await chargerInstantaneEmbarque() } : { mode };
  }
  const chemin = resolve(repertoire, valeur);
  let estDossier = false;
  try {
    estDossier = valeur.trim() !== "" && statSync(chemin).isDirectory();
  } catch {
    estDossier = false;
  }
  if (!estDossier) {
    throw new ErreurUsage(
      `l'option --referentiel attend embarque, en-ligne, mixte, aucun ou le dossier d'un instantané local construit par « opco referentiel importer … --dossier DIR » (reçu : « ${valeur} », ni un mode ni un dossier existant)`,
    );
  }
  try {
    return { mode: "local", dossier: valeur, instantane: await chargerInstantane(chemin) };
  } catch (erreur) {
    if (erreur instanceof ErreurInstantane) throw new ErreurUsage(`l'option --referentiel désigne un dossier sans instantané lisible : ${erreur.message}`);
    throw erreur;
  }
}
