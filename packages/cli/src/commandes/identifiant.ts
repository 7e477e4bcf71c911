import { estTypeIdentifiant, LIBELLES_TYPE_IDENTIFIANT, TYPES_IDENTIFIANT, type TypeIdentifiant } from "@communs-opco/identifiants";
import { controlerIdentifiant, type LigneIdentifiant } from "../identifiants/controlerIdentifiant";
import type { Commande } from "../Commande";
import { ErreurUsage } from "../ErreurUsage";
import { lireOptions } from "../lireOptions";

const USAGE = `Usage : opco identifiant <valeur…> [--type TYPE] [--json] [--en-clair]

Contrôle et normalise un ou plusieurs identifiants. Sans --type, le type de chaque valeur est
deviné d'après sa forme (en cas d'ambiguïté, le premier type dont le contrôle réussit).

Types : ${TYPES_IDENTIFIANT.join(", ")}

Options :
  --type TYPE   impose le type de toutes les valeurs
  --json        sortie JSON : [{ "valeur", "type", "valide", "normalise", "erreurs": [{ "code", "message" }] }]
  --en-clair    affiche les NIR en clair (masqués par défaut : donnée personnelle)

Code de sortie : 0 si toutes les valeurs sont valides, 1 sinon, 2 en cas d'erreur d'utilisation.`;

function formaterLigne(ligne: LigneIdentifiant): string {
  if (ligne.type === null) return `${ligne.valeur} : type d'identifiant non reconnu`;
  const libelle = LIBELLES_TYPE_IDENTIFIANT[ligne.type];
  if (ligne.valide) return `${ligne.valeur} : ${libelle} valide (${ligne.normalise ?? ""})`;
  return `${ligne.valeur} : ${libelle} invalide — ${ligne.erreurs.map((e) => e.message).join(" ; ")}`;
}

/**
 * Commande `opco identifiant` : contrôle et normalise des identifiants (SIRET, UAI, NIR, CFD,
 * RNCP…) avec `@communs-opco/identifiants`, en devinant leur type si `--type` est absent.
 * Les NIR sont masqués à l'affichage sauf avec `--en-clair`.
 *
 * @example
 * ```ts
 * await executerCli(["identifiant", "--json", "35600000009075", "0951099D"], contexte); // 0
 * ```
 */
export const commandeIdentifiant: Commande = {
  nom: "identifiant",
  resume: "Contrôle et normalise des identifiants (SIRET, UAI, NIR, CFD, RNCP, IDCC, NAF…).",
  usage: USAGE,
  async executer(args, contexte) {
    const { values, positionals } = lireOptions(args, {
      type: { type: "string" },
      json: { type: "boolean" },
      "en-clair": { type: "boolean" },
    });
    if (positionals.length === 0) throw new ErreurUsage("au moins une valeur à contrôler est attendue");
    let typeImpose: TypeIdentifiant | undefined;
    if (values.type !== undefined) {
      const type = values.type.trim().toLowerCase();
      if (!estTypeIdentifiant(type)) {
        throw new ErreurUsage(`type inconnu « ${values.type} » (types acceptés : ${TYPES_IDENTIFIANT.join(", ")})`);
      }
      typeImpose = type;
    }
    const lignes = positionals.map((valeur) => controlerIdentifiant(valeur, typeImpose, values["en-clair"] === true));
    if (values.json === true) contexte.ecrire(`${JSON.stringify(lignes, null, 2)}\n`);
    else contexte.ecrire(lignes.map((ligne) => `${formaterLigne(ligne)}\n`).join(""));
    return lignes.every((ligne) => ligne.valide) ? 0 : 1;
  },
};
