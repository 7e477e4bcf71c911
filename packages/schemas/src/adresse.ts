import { z } from "zod";
import { champTexte } from "./champs/champTexte.js";

const champsAdresse = {
  numero: champTexte("Numéro de voie (chiffres, ne commence pas par 0)", { sansEspaces: true }),
  repetitionVoie: champTexte("Indice de répétition (B bis, T ter, Q quater, C quinquiès, ou texte libre)", { majuscules: true }),
  voie: champTexte("Voie, type de voie compris (ex. « RUE MICHELET »)"),
  complement: champTexte("Complément d'adresse"),
  codePostal: champTexte("Code postal (5 chiffres)", { sansEspaces: true, completerZeros: 5 }),
  commune: champTexte("Commune", {}, 80),
};

/**
 * Adresse postale du standard (`contrat.md` §1.1). Tous les champs sont facultatifs :
 * leur présence est contrôlée par les règles, pas par le schéma.
 *
 * @example
 * ```ts
 * const adresse: Adresse = { numero: "12", voie: "RUE MICHELET", codePostal: "69002", commune: "Lyon" };
 * schemaAdresse.parse(adresse);
 * ```
 */
export const schemaAdresse = z
  .strictObject({
    numero: champsAdresse.numero.optional(),
    repetitionVoie: champsAdresse.repetitionVoie.optional(),
    voie: champsAdresse.voie.optional(),
    complement: champsAdresse.complement.optional(),
    codePostal: champsAdresse.codePostal.optional(),
    commune: champsAdresse.commune.optional(),
  })
  .meta({ description: "Adresse postale" });

/** Adresse postale (voir {@link schemaAdresse}). @example `const a: Adresse = { codePostal: "75011" };` */
export type Adresse = z.infer<typeof schemaAdresse>;

/**
 * Adresse de l'employeur : ajoute le département (qui choisit le SMIC de Mayotte, 976)
 * et la région INSEE.
 *
 * @example
 * ```ts
 * schemaAdresseEmployeur.parse({ codePostal: "97600", commune: "Mamoudzou", departement: "976", region: "06" });
 * ```
 */
export const schemaAdresseEmployeur = schemaAdresse
  .extend({
    departement: champTexte("Département (01–95, 2A, 2B, 971–976, 98x)", { majuscules: true, sansEspaces: true, completerZeros: 2 }).optional(),
    region: champTexte("Code région INSEE (ex. 11 Île-de-France, 06 Mayotte)", { sansEspaces: true, completerZeros: 2 }).optional(),
  })
  .meta({ description: "Adresse de l'employeur" });

/** Adresse de l'employeur (voir {@link schemaAdresseEmployeur}). @example `const a: AdresseEmployeur = { departement: "976" };` */
export type AdresseEmployeur = z.infer<typeof schemaAdresseEmployeur>;

/**
 * Adresse d'une personne (apprenti, représentant légal) : ajoute le pays (code ISO, « FR » par défaut côté saisie).
 *
 * @example
 * ```ts
 * schemaAdressePersonne.parse({ voie: "AVENUE JEAN JAURES", codePostal: "69007", commune: "Lyon", pays: "FR" });
 * ```
 */
export const schemaAdressePersonne = schemaAdresse
  .extend({
    pays: champTexte("Pays (code ISO 3166 alpha-2, ex. FR)", { majuscules: true }).optional(),
  })
  .meta({ description: "Adresse d'une personne" });

/** Adresse d'une personne (voir {@link schemaAdressePersonne}). @example `const a: AdressePersonne = { pays: "FR" };` */
export type AdressePersonne = z.infer<typeof schemaAdressePersonne>;

