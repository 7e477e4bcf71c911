import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";

/**
 * Certificat de réalisation d'une échéance (API Convergence `POST /v2/certificats`,
 * `opco-echanges.md` §1.8 [S]) : type (intermédiaire ou final), échéance certifiée (par son
 * numéro dans `financement.echeances`), facture liée, date et lieu de signature, signataire
 * (représentant légal du CFA : nom, prénom, qualité), attestation de conservation des
 * pièces et nature de l'action.
 *
 * @example
 * ```ts
 * const c: CertificatRealisation = {
 *   type: "FINAL", numeroEcheance: 4, dateSignature: "2027-07-15", lieuSignature: "Lyon",
 *   representantLegal: { nom: "ROUX", prenom: "Anne", qualite: "Directrice" },
 *   attestationConservationPieces: true, natureAction: "Formation par apprentissage",
 * };
 * schemaCertificatRealisation.parse(c);
 * ```
 */
export const schemaCertificatRealisation = z
  .strictObject({
    type: champCode("Type de certificat", { INTERMEDIAIRE: "Certificat intermédiaire", FINAL: "Certificat final" }, { majuscules: true }).optional(),
    numeroEcheance: champNombre("Numéro de l'échéance certifiée (financement.echeances[].numero)", { min: 0, entier: true }).optional(),
    numeroFacture: champTexte("Numéro OPCO de la facture associée").optional(),
    dateSignature: champDate("Date de signature du certificat").optional(),
    lieuSignature: champTexte("Lieu de signature du certificat").optional(),
    representantLegal: z
      .strictObject({
        nom: champTexte("Nom du signataire", {}, 80).optional(),
        prenom: champTexte("Prénom du signataire", {}, 80).optional(),
        qualite: champTexte("Qualité du signataire (ex. directrice du CFA)").optional(),
      })
      .optional()
      .meta({ description: "Représentant légal du CFA qui signe le certificat" }),
    attestationConservationPieces: champBooleen("Le CFA atteste conserver les pièces justificatives").optional(),
    natureAction: champTexte("Nature de l'action de formation (ex. Formation par apprentissage)").optional(),
  })
  .meta({ title: "CertificatRealisation", description: "Certificat de réalisation d'une échéance de financement" });

/** Certificat de réalisation (voir {@link schemaCertificatRealisation}). @example `const c: CertificatRealisation = { type: "FINAL" };` */
export type CertificatRealisation = z.infer<typeof schemaCertificatRealisation>;
