import { createRoute, z } from "@hono/zod-openapi";
import { ROLES_SIGNATAIRES, verifierSignaturesPdf } from "@communs-opco/signature";
import type { Contrat } from "@communs-opco/schemas";
import { ErreurProbleme } from "../ErreurProbleme";
import { exigerTypeContenu, lireJson, lireOctets } from "../lireCorps";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { reponsesProblemes, schemaProbleme } from "../schemas/schemaProbleme";

const schemaJournal = z
  .looseObject({
    version: z.literal(1),
    document: z.string().optional(),
    attendus: z.array(z.looseObject({ role: z.string() })),
    empreinteInitiale: z.string(),
    etapes: z.array(z.looseObject({ ordre: z.number(), role: z.string(), date: z.string(), empreinteAvant: z.string(), empreinteApres: z.string() })),
  })
  .openapi("JournalSignature", { description: "Journal d'audit du circuit de signature (signataires attendus, étapes, empreintes SHA-256)" });

const schemaDemande = z
  .object({
    pdf: z.base64().openapi({ description: "PDF du CERFA à signer, en base64" }),
    role: z.string().openapi({ description: `Rôle du signataire : ${ROLES_SIGNATAIRES.join(", ")}`, example: "employeur" }),
    journal: z.unknown().optional().openapi({ description: "Journal du circuit rendu par la signature précédente ; absent : circuit déduit de `contrat` (ou circuit complet)" }),
    contrat: z.record(z.string(), z.unknown()).optional().openapi({ description: "Contrat (schéma standard) dont on déduit le circuit quand il n'y a pas de journal" }),
    lieu: z.string().max(200).optional().openapi({ description: "Lieu de signature affiché", example: "Lyon" }),
  })
  .openapi("DemandeSignature");

const schemaSigne = z
  .object({ pdf: z.string().openapi({ description: "PDF signé (mise à jour incrémentale), en base64" }), journal: schemaJournal })
  .openapi("DocumentSigne");

const schemaRapport = z
  .looseObject({
    valide: z.boolean().openapi({ description: "Au moins une signature, toutes valides, rien de changé après la dernière" }),
    modifieApresDerniere: z.boolean(),
    signatures: z.array(z.looseObject({ numero: z.number().int(), integrite: z.string(), valide: z.boolean(), modifieApres: z.boolean() })),
    constats: z.array(z.looseObject({ id: z.string(), message: z.string() })),
  })
  .openapi("RapportVerificationSignature");

const reponseNonConfigure = { 503: { description: "Aucun certificat de signature configuré pour le service", content: { "application/problem+json": { schema: schemaProbleme } } } };
const reponseHorsCircuit = { 409: { description: "Signature hors de l'ordre du circuit ou rôle non attendu", content: { "application/problem+json": { schema: schemaProbleme } } } };

const routeSigner = createRoute({
  method: "post",
  path: "/v1/signature/signer",
  tags: ["Signature"],
  summary: "Signe un CERFA (PAdES B-B) avec le certificat du service, pour un rôle du circuit (équivalent de `opco signature signer`)",
  description:
    "Le certificat est celui configuré au démarrage (`OPCO_SIGNATURE_CERTIFICAT`, `OPCO_CERTIFICAT_MOT_DE_PASSE`). La signature est une mise à jour incrémentale : les signatures précédentes restent valides. Renvoyer le `journal` reçu à la signature suivante.",
  request: { body: { required: true, content: { "application/json": { schema: schemaDemande } } } },
  responses: {
    200: { description: "PDF signé et journal mis à jour", content: { "application/json": { schema: schemaSigne } } },
    ...reponsesProblemes(400, 401, 413, 415, 422, 429),
    ...reponseHorsCircuit,
    ...reponseNonConfigure,
  },
});

const routeVerifier = createRoute({
  method: "post",
  path: "/v1/signature/verifier",
  tags: ["Signature"],
  summary: "Vérifie les signatures d'un PDF (équivalent de `opco signature verifier --json`)",
  description: "Pour chaque signature : intégrité des plages d'octets, certificat, heure, rôle, modification ultérieure. Un PDF illisible donne un rapport avec un constat localisé, jamais une erreur.",
  request: { body: { required: true, content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } } },
  responses: { 200: { description: "Rapport de vérification", content: { "application/json": { schema: schemaRapport } } }, ...reponsesProblemes(401, 413, 415, 429) },
});

const TITRES: Record<number, string> = { 400: "Demande de signature invalide", 409: "Signature hors circuit", 413: "PDF trop volumineux", 422: "PDF non signable" };

/**
 * Routes de la signature électronique : `POST /v1/signature/signer` (certificat du service,
 * configuré au démarrage ; 503 sans certificat) et `POST /v1/signature/verifier` (PDF en entrée,
 * rapport de vérification en sortie).
 *
 * @example
 * ```ts
 * const app = creerApplication({ signature: service }, { modules: [routesSignature] });
 * ```
 */
export const routesSignature: ModuleRoutes = {
  nom: "signature",
  monter(app, contexte) {
    monterRoute(app, routeSigner, async (c) => {
      const service = contexte.signature;
      if (service === undefined) {
        throw new ErreurProbleme(503, "Signature non configurée", "aucun certificat de signature n'est configuré pour ce service (variables OPCO_SIGNATURE_CERTIFICAT et OPCO_CERTIFICAT_MOT_DE_PASSE au démarrage)");
      }
      const demande = await lireJson(c.req.raw, contexte.limiteCorpsOctets, schemaDemande);
      const r = await service.signer({
        pdf: new Uint8Array(Buffer.from(demande.pdf, "base64")),
        role: demande.role,
        ...(demande.journal === undefined ? {} : { journal: demande.journal }),
        ...(demande.contrat === undefined ? {} : { contrat: demande.contrat as Contrat }),
        ...(demande.lieu === undefined ? {} : { lieu: demande.lieu }),
      });
      if (!r.ok) throw new ErreurProbleme(r.statut, TITRES[r.statut] ?? "Signature impossible", r.message, { code: r.code });
      return c.json({ pdf: Buffer.from(r.pdf).toString("base64"), journal: r.journal });
    });
    monterRoute(app, routeVerifier, async (c) => {
      exigerTypeContenu(c.req.raw, ["application/pdf"]);
      const octets = await lireOctets(c.req.raw, contexte.limiteCorpsOctets);
      const service = contexte.signature;
      return c.json(service === undefined ? await verifierSignaturesPdf(octets) : await service.verifier(octets));
    });
  },
};
