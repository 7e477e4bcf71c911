import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champTexte } from "./champs/champTexte.js";

/**
 * Attestations et signatures (`contrat.md` §2.7), au chemin `signatures`.
 *
 * @example
 * ```ts
 * schemaSignatures.parse({ attestationPiecesJustificatives: true, lieu: "Lyon" });
 * ```
 */
export const schemaSignatures = z
  .strictObject({
    attestationPiecesJustificatives: champBooleen(
      "L'employeur atteste disposer de l'original signé, de la convention de formation et, le cas échéant, de la convention d'aménagement de durée",
    ).optional(),
    lieu: champTexte("« Fait à »").optional(),
  })
  .meta({ title: "Signatures", description: "Attestations de l'employeur et lieu de signature" });

/** Attestations et signatures (voir {@link schemaSignatures}). @example `const s: Signatures = { lieu: "Lyon" };` */
export type Signatures = z.infer<typeof schemaSignatures>;
