import { BilanControle, BilanMontantEnJeu, controlerValeur, lireEnregistrementsFlux, protegerResultat, type ResultatControle } from "@communs-opco/cli";
import { createRoute, z } from "@hono/zod-openapi";
import { resoudreOpco, type Opco } from "@communs-opco/nomenclatures";
import { estDateIso, type Explication } from "@communs-opco/regles";
import { schemaContrat } from "@communs-opco/schemas";
import type { Context } from "hono";
import type { ContexteService } from "../ContexteService";
import type { EnvService } from "../EnvService";
import { ContextesEvaluation } from "../ContextesEvaluation";
import { ErreurProbleme } from "../ErreurProbleme";
import { enClairDemande, enTeteDonneesPersonnelles } from "../lireEnClair";
import { analyserJson, decoderTexte, erreurCorpsTropGrand, exigerTypeContenu } from "../lireCorps";
import { lireEntete } from "../lireEntete";
import type { ModuleRoutes } from "../ModuleRoutes";
import { reponseJson } from "../reponseJson";
import { corpsControleContrat } from "../texteControleContrat";
import { requeteHono, type ReponseService, type RequeteService } from "../RequeteService";
import { monterRoute } from "../monterRoute";
import { NonExecuteesParSource } from "../NonExecuteesParSource";
import { entetesDonneesPersonnelles, parametreEnClair } from "../schemas/schemaEnClair";
import { reponsesProblemes } from "../schemas/schemaProbleme";
import { schemaAvantPaiement, schemaConstat, schemaExplication } from "../schemas/schemaConstat";

const statutControle = z.enum(["conforme", "conforme_verifications_executees", "non_conforme", "indetermine"]);

/** `nonExecutees` d'un résultat, comme dans `opco controle --json`. */
const schemaNonExecutees = z.array(z.string()).openapi({
  description: "Vérifications avant paiement non exécutées, en tout ou partie, pour ce contrat faute de source (référentiel choisi, OPCO non donné, referentiel=aucun : « prepaiement.* ») ; leurs constats indéterminés sont retirés. Absent si tout a été exécuté.",
});

const schemaResultatUnitaire = z
  .object({
    dateEvaluation: z.string(),
    statut: statutControle,
    constats: z.array(schemaConstat),
    avantPaiement: schemaAvantPaiement.optional(),
    nonExecutees: schemaNonExecutees.optional(),
    explications: z.array(schemaExplication).optional(),
  })
  .openapi("ResultatControle");

/** Une ligne de résultat du lot NDJSON : la forme d'un résultat de `opco controle --json`. */
const schemaLigneLot = z
  .object({
    index: z.number().int(),
    source: z.object({ fichier: z.string(), ligne: z.number().int() }),
    statut: z.enum(["conforme", "conforme_verifications_executees", "non_conforme", "indetermine", "illisible"]),
    constats: z.array(schemaConstat),
    raison: z.string().optional(),
    avantPaiement: schemaAvantPaiement.optional(),
    nonExecutees: schemaNonExecutees.optional(),
  })
  .openapi("ResultatControleLot");

const schemaResumeLot = z
  .object({
    dateEvaluation: z.string(),
    resume: z.looseObject({
      total: z.number().int(),
      conformes: z.number().int(),
      conformesVerificationsExecutees: z.number().int(),
      nonConformes: z.number().int(),
      indetermines: z.number().int(),
      illisibles: z.number().int(),
      nonExecutees: z
        .array(
          z.object({
            regle: z.string(),
            partie: z.string(),
            disponibilite: z.enum(["indisponible", "extrait"]).openapi({ description: "indisponible : pour aucun contrat ; extrait : la source est un échantillon, pour les contrats qu'il ne couvre pas" }),
            raison: z.string(),
            contrats: z.number().int().openapi({ description: "Contrats lisibles du lot pour lesquels la vérification n'a pas été exécutée" }),
          }),
        )
        .openapi({ description: "Vérifications que la source choisie ne peut pas exécuter, dites une fois pour le lot" }),
      avantPaiement: z
        .looseObject({ source: z.string(), contratsSuspendus: z.number().int(), montantEnJeuCentimes: z.number().int().nullable().openapi({ description: "null (avec raison) quand aucun contrat suspendu n'est valorisé : jamais 0 pour un montant inconnu" }), raison: z.string().optional() })
        .optional(),
    }),
  })
  .openapi("ResumeControleLot");

const requeteControle = z.object({
  date: z.string().optional().openapi({ description: "Date d'évaluation AAAA-MM-JJ (par défaut : date du jour à Paris)", example: "2025-11-03" }),
  opco: z.string().optional().openapi({ description: "OPCO payeur (slug ou nom connu) pour PP-OPCO-NPEC", example: "akto" }),
  referentiel: z.string().optional().openapi({ description: "Source des vérifications avant paiement, parmi celles du démarrage du service, ou « aucun »" }),
  explication: z.enum(["true", "false"]).optional().openapi({ description: "Ajoute les explications (statut de chaque règle, paramètres consultés) — contrat unique seulement" }),
  enClair: parametreEnClair,
});

const routeControle = createRoute({
  method: "post",
  path: "/v1/contrats/controle",
  tags: ["Contrats"],
  summary: "Contrôle un contrat (JSON) ou un lot de contrats (NDJSON, en flux)",
  description:
    "Équivalent de `opco controle` : règles du contrat puis 12 vérifications avant paiement. `application/json` : un contrat standard → `{ dateEvaluation, statut, constats, avantPaiement?, nonExecutees?, explications? }` ; les vérifications que la source choisie ne peut pas exécuter sont nommées dans `nonExecutees` (leurs constats indéterminés retirés) et le statut est alors `conforme_verifications_executees` si rien d'autre ne manque. `application/x-ndjson` : un contrat par ligne, une ligne de résultat par ligne lue (dans l'ordre, une ligne illisible donne `illisible` et le flux continue), puis une ligne de résumé ; mémoire constante.",
  request: {
    query: requeteControle,
    body: {
      required: true,
      content: {
        "application/json": { schema: schemaContrat },
        "application/x-ndjson": { schema: z.string().openapi({ description: "Un contrat standard JSON par ligne" }) },
      },
    },
  },
  responses: {
    200: {
      description: "Résultat du contrôle (données personnelles masquées sauf enClair=true permis)",
      headers: entetesDonneesPersonnelles,
      content: {
        "application/json": { schema: schemaResultatUnitaire },
        "application/x-ndjson": { schema: z.union([schemaLigneLot, schemaResumeLot]).openapi({ description: "Une ligne par contrat lu, puis le résumé" }) },
      },
    },
    ...reponsesProblemes(400, 401, 403, 413, 415, 422, 429, 503),
  },
});

/** Lit et vérifie les paramètres communs (données en clair, date, OPCO, référentiel) ; 403 ou 422 en français sinon. */
function lireParametres(requete: RequeteService, contexte: ContexteService): { dateEvaluation: string; opco: Opco | undefined; referentiel: string; explication: boolean; enClair: boolean } {
  // L'en-tête Donnees-Personnelles est écrit par chaque réponse (contrat : ses en-têtes ; lot : son flux).
  const enClair = enClairDemande(requete.parametre("enClair"), contexte);
  requete.enClair = enClair;
  const date = requete.parametre("date");
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && estDateIso(date))) {
    throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre date attend une date AAAA-MM-JJ existante (reçu : « ${date} »)`, { parametre: "date" });
  }
  const nomOpco = requete.parametre("opco");
  const opco = nomOpco === undefined ? undefined : resoudreOpco(nomOpco);
  if (nomOpco !== undefined && opco === undefined) throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre opco attend un OPCO connu, par son slug ou l'un de ses noms (reçu : « ${nomOpco} »)`, { parametre: "opco" });
  const referentiel = requete.parametre("referentiel") ?? contexte.referentielParDefaut;
  if (opco !== undefined && referentiel === "aucun") throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre opco sert aux vérifications avant paiement : il est sans effet avec referentiel=aucun", { parametre: "opco" });
  const explication = requete.parametre("explication");
  if (explication !== undefined && explication !== "true" && explication !== "false") throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre explication attend true ou false", { parametre: "explication" });
  return { dateEvaluation: date ?? contexte.dateDuJour(), opco, referentiel, explication: explication === "true", enClair };
}

/** Morceaux de texte du corps, en comptant les octets : au-delà de la limite, la lecture s'arrête. */
async function* texteDuCorps(corps: ReadableStream<Uint8Array>, limite: number, etat: { depasse: boolean }): AsyncGenerator<string> {
  const decodeur = new TextDecoder();
  let taille = 0;
  const lecteur = corps.getReader();
  try {
    for (;;) {
      const { done, value } = await lecteur.read();
      if (done) break;
      taille += value.byteLength;
      if (taille > limite) {
        etat.depasse = true;
        return;
      }
      yield decodeur.decode(value, { stream: true });
    }
    const fin = decodeur.decode();
    if (fin !== "") yield fin;
  } finally {
    await lecteur.cancel().catch(() => undefined);
  }
}

/**
 * Contrôle d'un contrat JSON : le traitement unique de la route, que l'application Hono et l'écoute
 * directe du serveur Node appellent tous deux (mêmes paramètres, même corps, même réponse). Paramètres
 * vérifiés d'abord (403, 422, 503), puis le corps (413, 400). Sans promesse quand le corps est déjà
 * reçu (`octetsRecus`, écoute directe) et qu'aucune vérification avant paiement n'est demandée.
 */
function controlerUnContrat(requete: RequeteService, contexte: ContexteService, contextes: ContextesEvaluation, parSource: NonExecuteesParSource): ReponseService | Promise<ReponseService> {
  const parametres = lireParametres(requete, contexte);
  const controle = contexte.controle(parametres.referentiel);
  const recus = requete.octetsRecus?.();
  if (recus === undefined) return requete.octets(contexte.limiteCorpsOctets).then((octets) => controlerOctets(octets, requete, parametres, controle, contexte, contextes, parSource));
  return controlerOctets(recus, requete, parametres, controle, contexte, contextes, parSource);
}

/** Suite du contrôle d'un contrat, une fois son corps lu : analyse, règles, vérifications avant paiement (promesse), classement, réponse. */
function controlerOctets(
  octets: Uint8Array,
  requete: RequeteService,
  { dateEvaluation, opco, explication, enClair }: ReturnType<typeof lireParametres>,
  controle: ReturnType<ContexteService["controle"]>,
  contexte: ContexteService,
  contextes: ContextesEvaluation,
  parSource: NonExecuteesParSource,
): ReponseService | Promise<ReponseService> {
  const valeur = analyserJson(decoderTexte(octets));
  const lu = controlerValeur(valeur, contextes.obtenir(dateEvaluation, explication));
  let explications: Explication[] | undefined = lu.explications;
  const resultat: ResultatControle = { index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats };
  const publier = (verifie: ResultatControle): ReponseService => {
    // Vérifications que la source ne peut pas exécuter : retirées des constats, statut recalculé, comme `opco controle`.
    const final = parSource.partage(controle, opco).classer(verifie);
    contexte.metriques.compterConstats(final.constats);
    contexte.metriques.compterContrat(final.statut, requete.titulaire);
    requete.contrats = 1;
    // Messages et détails des constats citent des valeurs du contrat : masqués comme `opco controle --json`.
    return { texte: corpsControleContrat(dateEvaluation, final, enClair, explications), entetes: { "donnees-personnelles": enTeteDonneesPersonnelles(enClair) } };
  };
  if (controle === undefined) return publier(resultat);
  return controle
    .controler(
      { resultat, valeur },
      { dateEvaluation, ...(opco === undefined ? {} : { opco }), suivi: explication ? { explications: (e) => (explications = [...(explications ?? []), ...e]) } : {} },
    )
    .then(publier);
}

/** Taille visée (caractères) d'un morceau de la réponse d'un lot : plusieurs lignes par écriture. */
const MORCEAU_LOT = 32 * 1024;
/** Marque d'une ligne de lot pas encore prête (elle attend des octets du client). */
const ATTENTE = Symbol("attente");

function controlerUnLot(c: Context<EnvService>, contexte: ContexteService, contextes: ContextesEvaluation, parSource: NonExecuteesParSource): Response {
  const { dateEvaluation, opco, referentiel, enClair } = lireParametres(requeteHono(c), contexte);
  const contexteEvaluation = contextes.obtenir(dateEvaluation, false);
  const controle = contexte.controle(referentiel);
  const limite = contexte.limiteNdjsonOctets;
  const annonce = Number(c.req.header("content-length") ?? "NaN");
  if (Number.isFinite(annonce) && annonce > limite) throw erreurCorpsTropGrand(limite);
  const corps = c.req.raw.body;
  const etat = { depasse: false };
  const bilan = new BilanControle();
  const nonExecutees = parSource.nouveau(controle, opco);
  const montant = controle === undefined ? undefined : new BilanMontantEnJeu();
  const titulaire = c.get("titulaire");
  const encodeur = new TextEncoder();

  async function* lignes(): AsyncGenerator<string> {
    if (corps !== null) {
      for await (const lu of lireEnregistrementsFlux(texteDuCorps(corps, limite, etat), { nom: "requête", lignesSeulement: true })) {
        const index = bilan.resume().total + 1;
        let resultat: ResultatControle;
        if (!lu.ok) resultat = { index, source: lu.source, statut: "illisible", constats: [], raison: lu.erreur };
        else {
          const { statut, constats } = controlerValeur(lu.valeur, contexteEvaluation);
          resultat = { index, source: lu.source, statut, constats };
          if (controle !== undefined) {
            resultat = await controle.controler({ resultat, valeur: lu.valeur }, { dateEvaluation, ...(opco === undefined ? {} : { opco }), suivi: montant === undefined ? {} : { montant } });
          }
        }
        resultat = nonExecutees.classer(resultat);
        bilan.ajouter(resultat);
        contexte.metriques.compterConstats(resultat.constats);
        contexte.metriques.compterContrat(resultat.statut, titulaire);
        c.set("contrats", index);
        yield `${JSON.stringify(protegerResultat(resultat, enClair))}\n`;
      }
    }
    if (etat.depasse) {
      const p = erreurCorpsTropGrand(limite);
      yield `${JSON.stringify({ probleme: { title: p.titre, status: p.statut, detail: `${p.detail} : lecture interrompue après ${bilan.resume().total} contrat(s)`, limiteOctets: limite } })}\n`;
      return;
    }
    const resumeMontant = montant?.resume();
    const resume = { ...bilan.resume(), nonExecutees: nonExecutees.resume(), ...(resumeMontant === undefined || controle === undefined ? {} : { avantPaiement: { source: controle.source, ...resumeMontant } }) };
    yield `${JSON.stringify({ dateEvaluation, resume })}\n`;
  }

  const iterateur = lignes();
  // Flux tiré par le client : des lignes ne sont produites que lorsqu'il lit (contre-pression, mémoire constante).
  // Les lignes déjà calculables sans attendre le réseau sont envoyées ensemble, en un morceau d'au plus
  // MORCEAU_LOT caractères (une écriture par ligne coûtait autant que la lecture de la ligne) ; dès que
  // la ligne suivante attend des octets du client, le morceau part : un client qui envoie son lot ligne
  // à ligne reçoit chaque résultat sans délai.
  let enAttente: Promise<IteratorResult<string>> | undefined;
  const flux = new ReadableStream<Uint8Array>({
    async pull(controleur) {
      let morceau = "";
      try {
        let tour: Promise<typeof ATTENTE> | undefined;
        for (;;) {
          const suivant = enAttente ?? iterateur.next();
          enAttente = undefined;
          let lu: IteratorResult<string> | typeof ATTENTE;
          if (morceau === "") lu = await suivant;
          else {
            tour ??= new Promise((resoudre) => setImmediate(resoudre, ATTENTE));
            lu = await Promise.race([suivant, tour]);
          }
          if (lu === ATTENTE) {
            enAttente = suivant;
            break;
          }
          if (lu.done) {
            if (morceau !== "") controleur.enqueue(encodeur.encode(morceau));
            controleur.close();
            return;
          }
          morceau += lu.value;
          if (morceau.length >= MORCEAU_LOT) break;
        }
        controleur.enqueue(encodeur.encode(morceau));
      } catch {
        if (morceau !== "") controleur.enqueue(encodeur.encode(morceau));
        controleur.error(new Error("lot interrompu"));
      }
    },
    async cancel() {
      // Client parti en cours de flux : la lecture du corps et le contrôle s'arrêtent.
      await iterateur.return(undefined);
    },
  });
  return new Response(flux, { status: 200, headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "donnees-personnelles": enTeteDonneesPersonnelles(enClair) } });
}

/**
 * Routes du contrôle des contrats : `POST /v1/contrats/controle` (contrat JSON, ou lot NDJSON en flux).
 *
 * @example
 * ```ts
 * const app = creerApplication(configuration, { modules: [routesControle] });
 * ```
 */
export const routesControle: ModuleRoutes = {
  nom: "controle",
  monter(app, contexte) {
    // Un contexte d'évaluation par (date, mode) pour le processus : moteur compilé réutilisé d'une requête à l'autre.
    const contextes = new ContextesEvaluation();
    // Vérifications non exécutables établies une fois par (source, OPCO), comme `opco controle` avant son premier contrat.
    const parSource = new NonExecuteesParSource();
    const controlerJson = (requete: RequeteService) => controlerUnContrat(requete, contexte, contextes, parSource);
    monterRoute(app, routeControle, async (c) => {
      const type = exigerTypeContenu(c.req.raw, ["application/json", "application/x-ndjson"], lireEntete(c, "content-type"));
      if (type === "application/x-ndjson") return controlerUnLot(c, contexte, contextes, parSource);
      const { texte, entetes } = await controlerJson(requeteHono(c));
      return reponseJson(c, texte, entetes);
    });
    // Contrat JSON reçu par le serveur Node : même traitement, sans la pile Hono (route la plus appelée).
    contexte.routeDirecte(routeControle.path, controlerJson);
  },
};
