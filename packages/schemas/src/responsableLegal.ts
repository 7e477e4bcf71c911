import { z } from "zod";
import { schemaAdressePersonne } from "./adresse.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champTexte } from "./champs/champTexte.js";

/**
 * Représentant légal d'un apprenti mineur non émancipé (`contrat.md` §2.3), au chemin
 * `apprenti.responsableLegal`. [P] saisit « nom de naissance et prénom » dans `nom` ;
 * [Pub] sépare `nom` et `prenom`.
 *
 * @example
 * ```ts
 * const rl: ResponsableLegal = { nom: "DURAND", prenom: "Claire", courriel: "claire.durand@example.fr", memeAdresse: true };
 * schemaResponsableLegal.parse(rl);
 * ```
 */
export const schemaResponsableLegal = z
  .strictObject({
    nom: champTexte("Nom de naissance (et prénom en [P])", {}, 80).optional(),
    prenom: champTexte("Prénom ([Pub])", {}, 80).optional(),
    courriel: champTexte("Courriel").optional(),
    memeAdresse: champBooleen("Vit à la même adresse que l'apprenti").optional(),
    adresse: schemaAdressePersonne.optional(),
  })
  .meta({ title: "ResponsableLegal", description: "Représentant légal de l'apprenti mineur non émancipé" });

/** Représentant légal (voir {@link schemaResponsableLegal}). @example `const rl: ResponsableLegal = { nom: "DURAND" };` */
export type ResponsableLegal = z.infer<typeof schemaResponsableLegal>;
