import type { ContratAControler } from "../ContratAControler";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleAsynchrone, RegleSynchrone } from "../Regle";
import { gardeChamps } from "../compile/gardeChamps";
import { controlerChamps } from "./controlerChamps";
import { FORME_MINIMALE_COURRIEL as FORME_MINIMALE, SYNTAXE_COURRIEL as SYNTAXE, syntaxeCourriel } from "./syntaxeCourriel";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

/** Courriels du contrat : employeur, apprenti, représentant légal, maîtres d'apprentissage. */
const CHEMINS_COURRIELS = ["employeur.courriel", "apprenti.courriel", "apprenti.responsableLegal.courriel", "maitre1.courriel", "maitre2.courriel"] as const;

/**
 * Chaque courriel renseigné a la forme « x@y.z » puis une syntaxe d'adresse valide (R-EMAIL,
 * étapes 1 et 2). L'adresse n'est jamais recopiée dans le message (donnée personnelle).
 *
 * @example
 * ```ts
 * evaluerRegles([regleSyntaxeCourriels], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleSyntaxeCourriels: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "personnes.courriel.syntaxe",
  titre: "Syntaxe des courriels",
  description: "Chaque courriel renseigné comporte « @ » et « . » puis respecte la syntaxe d'une adresse électronique (partie locale, domaine, extension).",
  severite: "bloquant",
  references: [noticeCerfa("coordonnées de l'employeur, de l'apprenti et des maîtres : courriel"), documentationControle("identifiants", "R-EMAIL", "étapes 1 et 2")],
  parametres: [],
  chemins: [...CHEMINS_COURRIELS],
  idSpecification: ["R-EMAIL"],
  // Adresses propres à chaque contrat : verdict de la dernière seulement (borne 0). La syntaxe
  // (étape 2) implique la forme minimale (étape 1) ; lue sans expression régulière (`syntaxeCourriel`).
  garde: gardeChamps(CHEMINS_COURRIELS, (v) => typeof v === "string" && syntaxeCourriel(v.trim()), 0),
  evaluer(contrat) {
    return controlerChamps(contrat, CHEMINS_COURRIELS, (v, chemin) => {
      const courriel = typeof v === "string" ? v.trim() : "";
      if (!FORME_MINIMALE.test(courriel)) return { message: `Le courriel (${chemin}) doit comporter "@" et "." pour être valide.` };
      return SYNTAXE.test(courriel) ? null : { message: `Le courriel (${chemin}) doit être valide.` };
    });
  },
};

/**
 * Port de résolution DNS : le domaine a-t-il un enregistrement de messagerie ou d'adresse ?
 * Renvoie `false` quand le domaine n'existe pas ; rejette la promesse pour toute autre panne.
 *
 * @example
 * ```ts
 * import { resolveMx } from "node:dns/promises";
 * const dns: PortDns = {
 *   async domaineExiste(domaine) {
 *     try { return (await resolveMx(domaine)).length > 0; }
 *     catch (e) { if ((e as { code?: string }).code === "ENOTFOUND") return false; throw e; }
 *   },
 * };
 * ```
 */
export interface PortDns {
  domaineExiste(domaine: string): Promise<boolean>;
}

/**
 * Ports de la règle de domaine des courriels.
 *
 * @example
 * ```ts
 * const ports: PortsCourriel = { dns: { domaineExiste: async () => true } };
 * ```
 */
export interface PortsCourriel {
  dns: PortDns;
}

/**
 * Le domaine de chaque courriel existe dans le DNS (R-EMAIL, étape 3) : règle asynchrone, port
 * `dns`. Différence avec l'application de référence, qui tient pour valide toute panne DNS autre
 * que « domaine introuvable » : ici une panne rend la règle `indetermine` (jamais conforme).
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleDomaineCourriels], contrat, { dateEvaluation: "2026-11-26", ports: { dns } });
 * ```
 */
export const regleDomaineCourriels: RegleAsynchrone<ContratAControler, PortsCourriel> = {
  nature: "asynchrone",
  ports: ["dns"],
  id: "personnes.courriel.domaine",
  ecartReference: "l'application de référence tient pour valide toute panne DNS autre que « domaine introuvable » ; ici la règle est indéterminée.",
  titre: "Domaine des courriels existant",
  description: "Le nom de domaine après le « @ » de chaque courriel syntaxiquement valide existe (résolution DNS au travers du port « dns »).",
  severite: "bloquant",
  references: [noticeCerfa("coordonnées de l'employeur, de l'apprenti et des maîtres : courriel"), documentationControle("identifiants", "R-EMAIL", "étape 3")],
  parametres: [],
  chemins: [...CHEMINS_COURRIELS],
  idSpecification: ["R-EMAIL"],
  applicable: (c) => CHEMINS_COURRIELS.some((chemin) => new Lecture(c).renseigne(chemin)),
  async evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const parDomaine = new Map<string, string[]>();
    for (const chemin of CHEMINS_COURRIELS) {
      const v = l.brut(chemin);
      if (typeof v !== "string" || !SYNTAXE.test(v.trim())) continue;
      const domaine = v.trim().split("@")[1]?.toLowerCase() ?? "";
      parDomaine.set(domaine, [...(parDomaine.get(domaine) ?? []), chemin]);
    }
    const constats: ConstatRegle[] = [];
    for (const [domaine, chemins] of parDomaine) {
      if (!(await contexte.ports.dns.domaineExiste(domaine))) {
        // Le domaine n'est recopié que pour le courriel de l'employeur (les autres sont des données personnelles).
        const public_ = chemins.every((c) => c === "employeur.courriel");
        constats.push({
          statut: "non_conforme",
          chemins,
          message: `Le nom de domaine après le @${public_ ? ` (${domaine})` : ""} n'existe pas ou n'est pas valide (${chemins.join(", ")}).`,
          details: public_ ? { domaine } : {},
        });
      }
    }
    return constats;
  },
};
