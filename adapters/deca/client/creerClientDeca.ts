import { creerClientHttp } from "@communs-opco/referentiels";
import { z } from "zod";
import { lireContratDeca } from "../src/lireDeca.js";
import type { ClientDeca, PageDeca } from "./ClientDeca.js";
import type { ConfigurationClientDeca } from "./ConfigurationClientDeca.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/u;
const PAGES_MAX = 100_000;

const schemaPageDeca = z.looseObject({
  metadonnees: z.looseObject({
    page: z.coerce.number().int().min(1),
    totalPages: z.coerce.number().int().min(0),
    totalElements: z.coerce.number().int().min(0),
  }),
  contrats: z.array(z.unknown()),
});

/**
 * Crée le client de l'API d'extraction DECA (`POST contrats/extractTBA` ou `extractLBA`,
 * corps `{ dateDebut, dateFin, page }`, HTTP Basic) sur la plomberie commune des clients de
 * `@communs-opco/referentiels` (`creerClientHttp` : nouvelles tentatives sur 429 en
 * respectant `Retry-After` et sur 5xx, limite de débit — 2 requêtes/s par défaut —, délai
 * par requête — 10 min par défaut —, validation de la réponse, erreurs typées sans secret).
 * Les pages sont parcourues jusqu'à `metadonnees.totalPages` ; chaque contrat est lu par
 * l'adaptateur DECA (`lireContratDeca`). Les dates de la fenêtre sont vérifiées avant tout
 * appel (`AAAA-MM-JJ`, début ≤ fin) ; la plage horaire d'ouverture (19 h – 7 h, heure de
 * Paris) reste à la charge de l'appelant.
 *
 * @example
 * ```ts
 * const client = creerClientDeca({ urlBase: process.env.URL_DECA ?? "", identifiant: "tba", motDePasse: process.env.MDP_DECA ?? "" });
 * for await (const r of client.extraire({ dateDebut: "2025-09-01", dateFin: "2025-09-01" })) {
 *   if (r.ok) console.log(r.valeur.numeroDeca, r.valeur.etat);
 * }
 * ```
 */
export function creerClientDeca(configuration: ConfigurationClientDeca): ClientDeca {
  const { identifiant, motDePasse, extraction = "extractTBA", ...options } = configuration;
  const jeton = Buffer.from(`${identifiant}:${motDePasse}`, "utf8").toString("base64");
  const http = creerClientHttp({
    ...options,
    api: "DECA",
    urlBase: configuration.urlBase,
    entetes: { Authorization: `Basic ${jeton}` },
    secrets: [jeton, motDePasse],
    methodesRejouables: ["post"],
    requetesParSeconde: options.requetesParSeconde ?? 2,
    delaiMs: options.delaiMs ?? 600_000,
  });
  const chemin = `contrats/${extraction}`;

  async function* pages(fenetre: { readonly dateDebut: string; readonly dateFin: string }, appel: { readonly signal?: AbortSignal } = {}): AsyncGenerator<PageDeca> {
    if (!DATE.test(fenetre.dateDebut) || !DATE.test(fenetre.dateFin) || fenetre.dateDebut > fenetre.dateFin) {
      throw new RangeError(`Fenêtre DECA invalide : dates AAAA-MM-JJ attendues, début ≤ fin (reçu ${fenetre.dateDebut} → ${fenetre.dateFin}).`);
    }
    for (let page = 1; page <= PAGES_MAX; page += 1) {
      const reponse = await http.demander({
        methode: "post",
        chemin,
        corps: { dateDebut: fenetre.dateDebut, dateFin: fenetre.dateFin, page },
        schema: schemaPageDeca,
        cache: false,
        ...(appel.signal === undefined ? {} : { signal: appel.signal }),
      });
      const { metadonnees, contrats } = reponse;
      yield { page, totalPages: metadonnees.totalPages, totalElements: metadonnees.totalElements, contrats };
      if (page >= metadonnees.totalPages || contrats.length === 0) return;
    }
  }

  return {
    pages,
    async *extraire(fenetre, appel = {}) {
      for await (const page of pages(fenetre, appel)) {
        const fichier = `POST ${chemin} ${fenetre.dateDebut}→${fenetre.dateFin} page ${page.page}`;
        for (const [i, contrat] of page.contrats.entries()) yield lireContratDeca(contrat, fichier, `/contrats/${i}`);
      }
    },
  };
}
