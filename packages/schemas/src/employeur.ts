import { z } from "zod";
import { schemaAdresseEmployeur } from "./adresse.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { normaliserNaf } from "./normalisation/normaliserNaf.js";

/**
 * Bloc employeur du contrat (`contrat.md` §2.1), aligné sur le CERFA FA13 *14.
 *
 * `privePublic` est canonique en `"prive"` / `"public"` ; en entrée, le booléen de
 * [Pub] (`true` = public) est converti. Le SIRET, l'IDCC et le NAF restent des textes :
 * leur validité relève des règles (R-SIRET-*, R-IDCC, R-NAF).
 *
 * @example
 * ```ts
 * const employeur: Employeur = {
 *   privePublic: "prive",
 *   siret: "73282932000074",
 *   denomination: "Boulangerie Martin",
 *   typeEmployeur: "11",
 *   codeIdcc: "0843",
 * };
 * schemaEmployeur.parse(employeur);
 * ```
 */
export const schemaEmployeur = avecAlias(
  z
  .strictObject({
    privePublic: champCode("Employeur privé ou public", { prive: "Employeur privé", public: "Employeur public" }, {
      correspondances: { true: "public", false: "prive", PUBLIC: "public", PRIVE: "prive", "PRIVÉ": "prive", "privé": "prive" },
    }).optional(),
    siret: champTexte("SIRET de l'établissement d'exécution du contrat (14 chiffres)", { sansEspaces: true }).optional(),
    denomination: champTexte("Dénomination (enseigne, sinon raison sociale)").optional(),
    raisonSociale: champTexte("Raison sociale ([Pub] raison_sociale)").optional(),
    nom: champTexte("Nom de l'employeur personne physique", {}, 200).optional(),
    prenom: champTexte("Prénom de l'employeur personne physique", {}, 50).optional(),
    adresse: schemaAdresseEmployeur.optional(),
    telephone: champTexte("Téléphone (ex. +33612345678)", { sansEspaces: true }).optional(),
    courriel: champTexte("Courriel", {}, 80).optional(),
    typeEmployeur: champCode("Type d'employeur", codesCerfa.typeEmployeur).optional(),
    employeurSpecifique: champCode("Employeur spécifique", codesCerfa.employeurSpecifique).optional(),
    naf: champTexte("Code NAF rév. 2 (ex. 10.71C)", { majuscules: true, normaliser: normaliserNaf }).optional(),
    nombreDeSalaries: champNombre("Effectif de l'entreprise (et non de l'établissement)", { min: 0, entier: true }).optional(),
    codeIdcc: champTexte("Code IDCC de la convention collective (4 chiffres ; 9999 aucune, 9998 en cours de négociation)", { sansEspaces: true, completerZeros: 4 }).optional(),
    libelleIdcc: champTexte("Libellé de la convention collective", {}, 500).optional(),
    codeIdccs: z.array(champTexte("Code IDCC", { sansEspaces: true, completerZeros: 4 })).optional().meta({ description: "Tous les IDCC connus pour le SIRET" }),
    regimeSpecifique: champBooleen("Adhésion de l'apprenti au régime spécifique d'assurance chômage (employeur public)").optional(),
    caisseComplementaire: champTexte("Caisse de retraite complémentaire de l'employeur ([Pub])").optional(),
    attestationEligibilite: champBooleen("[Pub] L'employeur atteste que le maître d'apprentissage répond aux critères d'éligibilité").optional(),
    attestationPieces: champBooleen("[Pub] L'employeur atteste disposer des pièces justificatives").optional(),
  })
  .meta({ title: "Employeur", description: "Employeur de l'apprenti (CERFA FA13, cadre « L'employeur »)" }),
  { raison_sociale: "raisonSociale", attestationPiecesJustificatives: "attestationPieces", codeIdcc_special: "codeIdcc" },
);

/** Employeur du contrat (voir {@link schemaEmployeur}). @example `const e: Employeur = { siret: "73282932000074" };` */
export type Employeur = z.infer<typeof schemaEmployeur>;
