import type { EntreeCorrespondance, TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import { etatApiConvergence } from "./etatApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import type { VersionProtocole } from "./VersionProtocole.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

/**
 * Nom de format des tables API Convergence (préfixe des clés d'extension).
 *
 * @example
 * ```ts
 * `${FORMAT_API_CONVERGENCE}:/cerfa/employeurV2/codeNaf`; // clé d'extension d'un champ hors standard
 * ```
 */
export const FORMAT_API_CONVERGENCE = "api-convergence";

/**
 * Table de correspondance du détail de dossier API Convergence (`GET /v2/dossiers`,
 * `opco-echanges.md` §1.6) vers le dossier standard, pour une version de protocole :
 * `v1` lit et écrit le bloc `cerfa/employeur`, `v2` le bloc `cerfa/employeurV2`. Les
 * dates sont converties (`…Z` ou `…+0000` ↔ `AAAA-MM-JJ`), l'état `RUPTU` ↔ `ROMPU`.
 * `echeances` et `engagementsFraisAnnexe` sont traités à part (voir
 * {@link lireDossierApiConvergence}).
 *
 * @example
 * ```ts
 * const table = tableDossierApiConvergence("v2", "+0000");
 * table.entrees.some((e) => e.source === "/cerfa/employeurV2/siret"); // true
 * ```
 */
export function tableDossierApiConvergence(version: VersionProtocole, formeDate: FormeDate = "Z"): TableCorrespondance {
  const date = (source: string, standard: string): EntreeCorrespondance => ({
    source,
    standard,
    conversion: "horodatage « …T00:00:00Z » ou « …+0000 » ↔ date AAAA-MM-JJ",
    versStandard: lireDateApiConvergence,
    versFormat: (v) => ecrireDateApiConvergence(v, formeDate),
  });
  const e = (source: string, standard: string, options: Omit<EntreeCorrespondance, "source" | "standard"> = {}): EntreeCorrespondance => ({
    source,
    standard,
    ...options,
  });
  const bloc = version === "v1" ? "employeur" : "employeurV2";
  return {
    format: FORMAT_API_CONVERGENCE,
    entrees: [
      e("/cerfa/numeroInterne", "numeroInterne", { versStandard: lireTexteApiConvergence }),
      e("/cerfa/numeroExterne", "numeroExterne", { versStandard: lireTexteApiConvergence }),
      e("/cerfa/numeroDeca", "numeroDeca"),
      e("/cerfa/etat", "etat", { conversion: "RUPTU ↔ ROMPU ; états sans code API non écrits", versFormat: etatApiConvergence }),
      e("/cerfa/commentaireEtat", "commentaireEtat"),
      e("/cerfa/apprenti/nom", "contrat.apprenti.nom"),
      e("/cerfa/apprenti/nomUsage", "contrat.apprenti.nomUsage"),
      e("/cerfa/apprenti/prenom", "contrat.apprenti.prenom"),
      e("/cerfa/apprenti/sexe", "contrat.apprenti.sexe"),
      e("/cerfa/apprenti/courriel", "contrat.apprenti.courriel"),
      e("/cerfa/apprenti/telephone", "contrat.apprenti.telephone", { versStandard: lireTexteApiConvergence }),
      date("/cerfa/apprenti/dateNaissance", "contrat.apprenti.dateNaissance"),
      e("/cerfa/apprenti/handicap", "contrat.apprenti.handicap"),
      e("/cerfa/apprenti/nir", "contrat.apprenti.nir", { versStandard: lireTexteApiConvergence }),
      e(`/cerfa/${bloc}/denomination`, "contrat.employeur.denomination"),
      e(`/cerfa/${bloc}/nom`, "contrat.employeur.nom"),
      e(`/cerfa/${bloc}/prenom`, "contrat.employeur.prenom"),
      e(`/cerfa/${bloc}/siret`, "contrat.employeur.siret", { versStandard: lireTexteApiConvergence }),
      e(`/cerfa/${bloc}/courriel`, "contrat.employeur.courriel"),
      e(`/cerfa/${bloc}/telephone`, "contrat.employeur.telephone", { versStandard: lireTexteApiConvergence }),
      e("/cerfa/formation/intituleQualification", "contrat.formation.intituleQualification"),
      e("/cerfa/formation/rncp", "contrat.formation.rncp"),
      e("/cerfa/formation/codeDiplome", "contrat.formation.codeDiplome", { versStandard: lireTexteApiConvergence }),
      date("/cerfa/formation/dateDebutFormation", "contrat.formation.dateDebutFormation"),
      date("/cerfa/formation/dateFinFormation", "contrat.formation.dateFinFormation"),
      e("/cerfa/formation/dureeFormation", "contrat.formation.dureeFormation"),
      e("/cerfa/formation/nombreHeuresEnDistanciel", "contrat.formation.nombreHeuresEnDistanciel"),
      e("/cerfa/contrat/noContrat", "contrat.contrat.noContrat"),
      e("/cerfa/contrat/typeContratApp", "contrat.contrat.typeContratApp", {
        conversion: "nombre ↔ code texte",
        versStandard: lireTexteApiConvergence,
        versFormat: (v) => (typeof v === "string" && /^[1-9]\d*$/u.test(v) ? Number(v) : v),
      }),
      date("/cerfa/contrat/dateConclusion", "contrat.contrat.dateSignature"),
      date("/cerfa/contrat/dateDebutContrat", "contrat.contrat.dateDebutContrat"),
      date("/cerfa/contrat/dateFinContrat", "contrat.contrat.dateFinContrat"),
      date("/cerfa/contrat/dateRupture", "contrat.contrat.dateRupture"),
      e("/cerfa/contrat/salaireEmbauche", "contrat.contrat.salaireEmbauche"),
      e("/cerfa/maitre1/nom", "contrat.maitre1.nom"),
      e("/cerfa/maitre1/prenom", "contrat.maitre1.prenom"),
      date("/cerfa/maitre1/dateNaissance", "contrat.maitre1.dateNaissance"),
      e("/cerfa/maitre1/courriel", "contrat.maitre1.courriel"),
      e("/engagement", "financement.montantEngage"),
      e("/detailsFacturation/IBAN", "financement.iban"),
      e("/detailsFacturation/plafondFraisPremierEquipement", "financement.plafondPremierEquipement"),
      e("/detailsFacturation/fraisPremierEquipementRegles", "financement.fraisPremierEquipementRegles"),
      e("/detailsFacturation/fraisMobiliteRegles", "financement.fraisMobiliteRegles"),
    ],
    ignores: [
      { source: "/echeances", raison: "Échéancier converti à part vers financement.echeances (montantTotal → montant, dateOuverture → date)." },
      { source: "/engagementsFraisAnnexe", raison: "Frais annexes convertis à part vers financement.fraisAnnexes (natureFrais → nature)." },
    ],
  };
}
