import { champsEnExtension, type Adaptateur, type ErreurLecture, type SourceDonnees } from "@communs-opco/adaptateur";
import { ErreurUsage } from "../ErreurUsage";
import { protegerTexte } from "../controle/protegerResultat";
import { expliquerErreurSysteme } from "../sorties/expliquerErreurSysteme";
import { neutraliserTexte } from "../sorties/neutraliserTexte";
import { choisirFormat } from "./choisirFormat";
import { convertirPourCible } from "./convertirPourCible";
import { formatsDisponibles } from "./formatsDisponibles";
import { lireJsonOuJsonLignes } from "./lireJsonOuJsonLignes";
import { trouverFormat } from "./trouverFormat";

function emplacement(erreur: ErreurLecture): string {
  const { fichier, ligne, pointeur, champ } = erreur.source;
  const ou = ligne !== undefined ? `ligne ${ligne}` : pointeur !== undefined ? (pointeur === "" ? "racine" : pointeur) : "fichier";
  return neutraliserTexte(`${fichier} (${ou}${champ === undefined ? "" : `, ${champ}`})`);
}

/**
 * Conversion réalisée par {@link convertirDonnees} : octets écrits et type MIME du format cible,
 * enregistrements lus et écrits, non convertis (localisés, avec la raison), champs en extension et
 * champs que la cible ne porte pas.
 *
 * @example
 * ```ts
 * const { ecrit, typeMime, erreurs } = await convertirDonnees(source, "auto", "standard");
 * ```
 */
export interface ConversionDonnees {
  readonly origine: Adaptateur<unknown>;
  readonly cible: Adaptateur<unknown>;
  readonly ecrit: { readonly octets: Uint8Array; readonly nonTransportes: readonly string[] };
  readonly typeMime: string;
  readonly valeurs: readonly unknown[];
  readonly total: number;
  readonly erreurs: readonly string[];
  readonly extensions: ReturnType<typeof champsEnExtension>;
}

/**
 * Cœur de `opco convertir` (et de `POST /v1/contrats/convertir`) : lit une source dans le format
 * `de` (nommé ou `auto`), convertit par l'enregistrement standard et écrit dans le format `vers`.
 * Lève {@link ErreurUsage} pour un format inconnu, en lecture seule, ou binaire sans fichier de sortie.
 * `surEnregistrement` est appelé à chaque enregistrement lu (progression).
 *
 * @example
 * ```ts
 * const c = await convertirDonnees({ nom: "extraction.json", octets }, "deca", "standard");
 * ```
 */
export async function convertirDonnees(source: SourceDonnees, de: string, vers: string, options: { exigerSortieFichier?: boolean; surEnregistrement?: () => void } = {}): Promise<ConversionDonnees> {
  const formats = formatsDisponibles();
  const cible = trouverFormat(vers, formats);
  if (cible.ecrire === undefined || !cible.metadonnees.capacites.includes("ecriture")) {
    throw new ErreurUsage(`le format « ${cible.metadonnees.nom} » ne s'écrit pas (lecture seule)`);
  }
  const typeMime = cible.metadonnees.typesMime?.[0] ?? "application/json";
  const binaire = !/^(text\/|application\/(json|x-ndjson))/.test(typeMime);
  if (binaire && options.exigerSortieFichier === true) {
    throw new ErreurUsage(`le format « ${cible.metadonnees.nom} » est binaire : préciser --sortie FICHIER`);
  }
  const origine = choisirFormat(source, de, formats);
  const valeurs: unknown[] = [];
  const erreurs: string[] = [];
  let total = 0;
  const lecture = lireJsonOuJsonLignes(origine, source)[Symbol.asyncIterator]();
  for (;;) {
    let suivant: Awaited<ReturnType<typeof lecture.next>>;
    try {
      suivant = await lecture.next();
    } catch (erreur) {
      // Adaptateur qui lève en cours de lecture : le reste du fichier est signalé, jamais un arrêt brutal.
      total += 1;
      erreurs.push(`  ${neutraliserTexte(source.nom)} : lecture interrompue : ${expliquerErreurSysteme(erreur)}`);
      break;
    }
    if (suivant.done === true) break;
    const resultat = suivant.value;
    total += 1;
    options.surEnregistrement?.();
    if (!resultat.ok) {
      erreurs.push(`  ${emplacement(resultat.erreur)} : ${protegerTexte(resultat.erreur.message, false)}`);
      continue;
    }
    const ou = resultat.source.ligne !== undefined ? `ligne ${resultat.source.ligne}` : resultat.source.pointeur || "racine";
    let converti: ReturnType<typeof convertirPourCible>;
    try {
      converti = convertirPourCible(resultat.valeur, origine.metadonnees, cible.metadonnees);
    } catch (erreur) {
      erreurs.push(`  ${neutraliserTexte(resultat.source.fichier)} (${ou}) : ${expliquerErreurSysteme(erreur)}`);
      continue;
    }
    if (!converti.ok) {
      erreurs.push(`  ${neutraliserTexte(resultat.source.fichier)} (${ou}) : ${protegerTexte(converti.raison, false)}.`);
      continue;
    }
    valeurs.push(...converti.valeurs);
  }
  const ecrit = await cible.ecrire(valeurs);
  return { origine, cible, ecrit, typeMime, valeurs, total, erreurs, extensions: champsEnExtension(valeurs) };
}
