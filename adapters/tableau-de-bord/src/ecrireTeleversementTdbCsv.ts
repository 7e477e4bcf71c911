import { cheminsNonTransportes, lireChemin } from "@communs-opco/adaptateur";
import type { Effectif } from "@communs-opco/schemas";
import { champsEffectifTdb } from "./champsEffectifTdb.js";
import { colonnesTeleversementTdb } from "./colonnesTeleversementTdb.js";

const nomColonne = (cle: string): string => cle.replace(/\s*\*+\s*$/u, "").trim();

function cellule(valeur: unknown): string {
  if (valeur === undefined || valeur === null) return "";
  const texte = typeof valeur === "boolean" ? (valeur ? "OUI" : "NON") : String(valeur);
  return /[;"\r\n]|^\s|\s$/u.test(texte) ? `"${texte.replaceAll('"', '""')}"` : texte;
}

/**
 * Chemins renseignés d'un effectif que le fichier de téléversement ne porte pas
 * (identifiant ERP, statut déclaré, codes INSEE, `aNir`, contrats au-delà du 4e, source,
 * extensions…).
 *
 * @example
 * ```ts
 * pertesTeleversementTdb({ idErpApprenant: "A1", apprenant: { nom: "DUPUIS" } }); // ["idErpApprenant"]
 * ```
 */
export function pertesTeleversementTdb(effectif: Effectif): string[] {
  return cheminsNonTransportes(effectif, { format: "tableau-de-bord", entrees: Object.values(champsEffectifTdb).map((standard) => ({ source: standard, standard })), ignores: [] });
}

/**
 * Écrit des effectifs standard au format du modèle de téléversement du Tableau de bord
 * (62 colonnes de la version du 29/01/2025, en-tête identique au modèle) : CSV UTF-8 avec
 * BOM, séparateur `;`, fins de ligne CRLF, dates `AAAA-MM-JJ`, booléens `OUI`/`NON`,
 * jusqu'à 4 contrats par ligne. Ce que le format ne porte pas est listé par
 * {@link pertesTeleversementTdb}.
 *
 * @example
 * ```ts
 * const csv = ecrireTeleversementTdbCsv([effectif]);
 * csv.split("\r\n")[0].startsWith("\uFEFFnom_apprenant *;prenom_apprenant *"); // true
 * ```
 */
export function ecrireTeleversementTdbCsv(effectifs: Iterable<Effectif>): string {
  const lignes = [colonnesTeleversementTdb.map(cellule).join(";")];
  for (const effectif of effectifs) {
    lignes.push(
      colonnesTeleversementTdb
        .map((colonne) => {
          const chemin = champsEffectifTdb[nomColonne(colonne)];
          return cellule(chemin === undefined ? undefined : lireChemin(effectif, chemin.split(".")));
        })
        .join(";"),
    );
  }
  return `\uFEFF${lignes.join("\r\n")}\r\n`;
}
