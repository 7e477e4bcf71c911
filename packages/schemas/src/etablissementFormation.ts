import { z } from "zod";
import { schemaAdresse } from "./adresse.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";

/**
 * Lieu principal de la formation théorique (`contrat.md` §2.6), au chemin
 * `etablissementFormation`. `memeResponsable` = le CFA responsable est aussi le lieu de
 * formation. En entrée, `uaiSite` (AGECAP) est lu comme `uaiCfa`.
 *
 * @example
 * ```ts
 * schemaEtablissementFormation.parse({ memeResponsable: true });
 * ```
 */
export const schemaEtablissementFormation = avecAlias(
  z
    .strictObject({
      memeResponsable: champBooleen("Le CFA responsable est le lieu principal de formation").optional(),
      siret: champTexte("SIRET du lieu de formation", { sansEspaces: true }).optional(),
      uaiCfa: champTexte("UAI du lieu de formation", { majuscules: true, sansEspaces: true }).optional(),
      denomination: champTexte("Dénomination du lieu de formation").optional(),
      adresse: schemaAdresse.optional(),
    })
    .meta({ title: "EtablissementFormation", description: "Lieu principal de réalisation de la formation théorique" }),
  { uaiSite: "uaiCfa" },
);

/** Lieu de formation (voir {@link schemaEtablissementFormation}). @example `const e: EtablissementFormation = { memeResponsable: true };` */
export type EtablissementFormation = z.infer<typeof schemaEtablissementFormation>;
