/**
 * Spanish, French, German and Portuguese terms for the courtesy check, in the same stem format as
 * check-words.ts. Words that mean something harmless in another of these languages, or in English,
 * are left out ("con" is "with" in Spanish, "vol" is a flight in French, "Mist" is mist).
 */

export const PROFANITY_INTL = [
  // Spanish
  'jod(?:er|ido|ida|idos|idas|e)', 'mierdas?', 'coño', 'cabr[oó]n(?:es)?', 'hostias?', 'put[ao]s?', 'me cago en \\p{L}+',
  'carajo', 'chingad[ao]s?', 'gilipollas', 'pendej[oa]s?',
  // French
  'putain', 'merd(?:e|es|ique)', 'bordel', 'connar(?:d|ds)', 'connasses?', 'salauds?', 'salopes?', 'encul[ée]s?',
  'fait chier', 'chiant(?:e|s|es)?', 'ta gueule', 'ferme ta gueule', 'nique',
  // German
  'schei(?:ß|ss)\\p{L}*', 'verdammt\\p{L}*', 'arschl[oö]ch(?:er)?', 'arschloch', 'kacke', 'verfickt\\p{L}*', 'fick\\p{L}*',
  'wichser', 'drecks\\p{L}+',
  // Portuguese
  'porra', 'merdas?', 'caralho', 'foda(?:-se)?', 'fod(?:er|e|am|ido|ida|idos|idas)', 'cacete', 'bosta', 'filhos? da puta',
];

/** Name-calling: an insult unless the writer aims it at themselves ("soy un idiota"). */
export const INSULT_NAMES_INTL = [
  // Spanish
  'idiotas?', 'imb[ée]cil(?:es)?', 'est[úu]pid[oa]s?', 'in[úu]tiles', 'incompetentes?', 'tont[oa]s?', 'payasos?',
  'cretin[oa]s?', 'subnormal(?:es)?', 'inept[oa]s?', 'sinverg[üu]enzas?', 'mamarrachos?',
  // French
  'imb[ée]ciles?', 'cr[ée]tin(?:e|s|es)?', 'abruti(?:e|s|es)?', 'd[ée]biles', 'incapables', 'bouffons?', 'guignols?',
  'incompétent(?:e|s|es)?', 'minables?', 'tocards?', 'branleurs?', 'bande d(?:e\\s+|[’\'])\\p{L}+[sx]', 'idiote?s?',
  // German
  'idioten', 'vollidiot(?:en)?', 'trottel', 'depp(?:en)?', 'dummk[oö]pf(?:e)?', 'versager', 'schwachk[oö]pf(?:e)?',
  'vollpfosten', 'witzfiguren?', 'hohlk[oö]pf(?:e)?', 'saftladen', 'idiot(?:en)?',
  // Portuguese
  'imbecis', 'burros?', 'ot[áa]rios?', 'palha[çc]os?', 'in[úu]teis', 'babacas?', 'retardad[oa]s?', 'vagabund[oa]s?',
  'safad[oa]s?', 'bando de \\p{L}+',
];

/** Verdicts: an insult when aimed at people, fair comment about a thing ("la app es inútil"). */
export const INSULT_VERDICTS_INTL = [
  'in[úu]til', 'nuls?', 'nulles?(?! part)', 'pitoyables?', 'lamentables?', 'nutzlos\\p{L}*', 'unf[äa]hig\\p{L}*',
  'inkompetent\\p{L}*', 'erb[äa]rmlich\\p{L}*', 'dumm(?:e|en|er|es)?', 'lixo',
];

/** Crime and dishonesty, nouns and verbs alike. */
export const CRIME_INTL = [
  // Spanish
  'estaf(?:a|as|ador|adores|ando|aron|an|[áa]is|ado|ados)', 'ladr[oó]n(?:es|a|as)?', 'rob(?:o|os|ar|ando|aron|an|[áa]is|ado)',
  'fraudes?', 'fraudulent[oa]s?', 'tim(?:o|os|ador|adores)', 'delincuentes?', 'criminales', 'mentiros[oa]s?', 'mienten',
  'mintieron', 'ment[íi]s',
  // French
  'voleu(?:r|rs|se|ses)', 'escrocs?', 'escroquer(?:ie|ies)', 'arnaqu(?:e|es|er|eurs?|ez|ent)', 'frauduleu(?:x|se|ses)',
  'menteu(?:r|rs|se|ses)', 'mentent', 'mensonges?', 'criminels', 'bandits', 'vous nous volez', 'nous volent',
  // German
  'betrug', 'betr[üu]ger(?:n|in|innen)?', 'betr[üu]gen', 'betr[üu]gt', 'betrogen', 'betr[üu]gerisch\\p{L}*', 'dieb(?:e|en|stahl)?',
  'abzock(?:e|er|en|t)', 'abgezockt', 'l[üu]gner(?:n)?', 'l[üu]gen', 'l[üu]gt', 'gelogen', 'kriminelle[n]?', 'verbrecher(?:n)?',
  'gauner', 'halsabschneider',
  // Portuguese
  'ladr(?:ão|ões|ao|oes)', '(?:é|foi|um|isso é) golpe', 'golpistas?', 'roub(?:o|os|ar|ando|aram|am|ou)', 'mentiros[oa]s?', 'mentem', 'mentiram',
  'criminosos', 'bandidos', 'vigaristas?', 'picaretas?', 'trambiqu\\p{L}*',
];

/** Words around a crime term that make it a report about a third party ("SMS de estafa", "Betrugs-SMS"). */
export const SAFE_NEAR_INTL = new Set([
  'sms', 'llamada', 'llamadas', 'mensaje', 'mensajes', 'correo', 'correos', 'aviso', 'alerta', 'alertas', 'víctima',
  'denunciar', 'denuncié', 'intento', 'equipo', 'departamento', 'appel', 'appels', 'courriel', 'alerte', 'victime',
  'signaler', 'signalé', 'tentative', 'équipe', 'anruf', 'anrufe', 'nachricht', 'nachrichten', 'warnung', 'opfer',
  'gemeldet', 'melden', 'versuch', 'abteilung', 'mensagem', 'mensagens', 'ligação', 'ligações', 'vítima', 'tentativa',
  'equipe', 'e-mail', 'mail', 'mails', 'golpe de', 'contra',
]);
