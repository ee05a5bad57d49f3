/**
 * More ordinary words for telling shouting from names and codes in capitals ("A REAL PERSON",
 * "ABSOLUTE JOKE", "AUCUNE RÉPONSE", "KEIN INTERNET", "SEM LUZ EM CASA"): everyday words of
 * complaints and of ordinary speech in the five languages, and the endings that only ordinary
 * words have in each of them (-CIÓN, -ÇÃO, -UNG, -HEIT, -MENTE…). Names, brands and codes are
 * rarely spelt this way, so they stay unshouted.
 */
const MORE = `
real person people human being humans robot bot actual proper absolute absolutely complete total utter joke
joking shambles disgrace scandal nightmare mess farce circus insult rubbish garbage nonsense madness ridiculous
minute minutes second seconds hour hours day days night nights morning evening weekend again anymore anywhere
everywhere nowhere somewhere sort sorted fix fixed solve solved resolve resolved reply replied respond response
responses answer anyone nobody somebody everybody talk speak speaking talking listen hear heard understand
read look looking find found give back money cash paid pay paying refund refunds owe owed charge twice three
still yet no not never ever none nothing cannot can't won't don't didn't isn't aren't wasn't haven't
water power heating gas electricity light lights internet wifi signal phone line service services connection
lost missing broken dead late cancelled delayed stuck wrong right fair unfair free cheap expensive price prices
help helpful hopeless useless pointless terrible awful horrible disgusting shocking appalling unacceptable
outrageous pathetic worst worse bad poor sick tired fed enough done finished over end ending
my your their our his her its me you him them us we they i am is are was were be been have has had do does did
this that these those there here what why how when where who which whose
a an the and or but so if then than because with without for from to of in on at by up down out off into
stop start stopped started keep keeps kept leave left leaving take took taking get got getting make made
want wanted need needed know knew think thought say said tell told ask asked call called calling
week weeks month months year years today tomorrow yesterday now soon later already always
ninguna ninguno ningún nadie nunca nada sin con respuesta respuestas luz agua gas casa hogar dinero vergüenza
estafa basta ya harto harta hartos cansado cansada vino viene vienen llega llegó llegan funciona contesta
contestan responde responden atiende atienden quiero queremos exijo necesito solución solucion servicio
técnico tecnico paquete pedido factura cobro cobran semana semanas días dias horas mes meses años
aucune aucun rien personne jamais plus pas toujours encore réponse reponse réponses connexion internet panne
courant électricité electricite chauffage eau argent remboursement honte scandale inadmissible inacceptable
marre assez fini jours semaines mois heures répondez repondez rendez appelez arrêtez arretez veux voulons exige
kein keine keinen keiner nichts niemand nie nimmer ohne mit antwort antworten strom wasser heizung internet
netz geld rückerstattung frechheit skandal schande unverschämt unverschämtheit sofort endlich immer noch genug
tage wochen monate stunden bitte danke will wollen fordere verlange geht funktioniert
sem nenhum nenhuma ninguém ninguem nada nunca jamais luz água agua internet sinal casa dinheiro reembolso
resposta respostas vergonha absurdo palhaçada chega basta cansado cansada atende atendem responde respondem
funciona quero queremos exijo preciso dias semanas meses horas anos
whole entire every all everyone everything suburb area street road town city village neighbourhood neighborhood
estate building block region family kids children house home flat todo toda todos todas barrio calle ciudad
pueblo edificio tout toute tous toutes quartier rue ville immeuble ganze ganzen ganzes straße stadt viertel dorf
haus bairro rua cidade prédio
`;

/** Every word above, in capitals. */
export const MORE_COMMON = new Set(
  MORE.split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.toUpperCase().replace(/['’]/gu, '')),
);

/** Endings only ordinary words have: Spanish, French, German and Portuguese derivations. */
export const DERIVED_INTL =
  /^\p{Lu}{3,}(?:CIÓN|CIONES|SIÓN|DAD|DADES|IDADE|ÇÃO|ÇÕES|MENTE|MENT|TION|TIONS|ABLE|IBLE|EUX|EUSE|UNG|UNGEN|HEIT|KEIT|LICH|LICHE|ISCH|IERT|IEREN|SCHAFT|LOS|LOSE)$/u;
