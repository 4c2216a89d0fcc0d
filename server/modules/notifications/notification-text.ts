import type { UiLocale } from "../../../shared/locales.ts";
import type { NotificationData, NotificationKind } from "../../../shared/notifications.ts";
import type { Outcome } from "../../../shared/decisions/index.ts";

type Line = (d: NotificationData) => string;

/** One line per notification, in each interface language, for emails. */
const lines: Record<NotificationKind, Record<UiLocale, Line>> = {
  proposal_opened: {
    en: (d) => `New proposal in ${d.coalition}: ${d.title}`,
    fr: (d) => `Nouvelle proposition dans ${d.coalition} : ${d.title}`,
    es: (d) => `Nueva propuesta en ${d.coalition}: ${d.title}`,
    ar: (d) => `مقترح جديد في ${d.coalition}: ${d.title}`,
  },
  proposal_closing: {
    en: (d) => `${d.title} (${d.coalition}) closes ${d.when}; your organisation has not answered.`,
    fr: (d) =>
      `${d.title} (${d.coalition}) se clôt le ${d.when} ; votre organisation n'a pas encore répondu.`,
    es: (d) =>
      `${d.title} (${d.coalition}) se cierra el ${d.when}; su organización aún no ha respondido.`,
    ar: (d) => `يُغلق ${d.title} (${d.coalition}) في ${d.when}، ولم تُجب منظمتك بعد.`,
  },
  proposal_closed: {
    en: (d) => `${d.title} (${d.coalition}) has closed: ${d.outcomeText}`,
    fr: (d) => `${d.title} (${d.coalition}) est clos : ${d.outcomeText}`,
    es: (d) => `${d.title} (${d.coalition}) se ha cerrado: ${d.outcomeText}`,
    ar: (d) => `أُغلق ${d.title} (${d.coalition}): ${d.outcomeText}`,
  },
  outcome_recorded: {
    en: (d) => `The outcome of ${d.title} (${d.coalition}) has been recorded.`,
    fr: (d) => `La décision sur ${d.title} (${d.coalition}) a été consignée.`,
    es: (d) => `Se ha registrado el resultado de ${d.title} (${d.coalition}).`,
    ar: (d) => `سُجّلت نتيجة ${d.title} (${d.coalition}).`,
  },
  coalition_invitation: {
    en: (d) => `${d.organization} is invited to join ${d.coalition}.`,
    fr: (d) => `${d.organization} est invitée à rejoindre ${d.coalition}.`,
    es: (d) => `${d.organization} ha sido invitada a unirse a ${d.coalition}.`,
    ar: (d) => `دُعيت ${d.organization} للانضمام إلى ${d.coalition}.`,
  },
  application_received: {
    en: (d) => `${d.organization} has applied to join ${d.coalition}.`,
    fr: (d) => `${d.organization} demande à rejoindre ${d.coalition}.`,
    es: (d) => `${d.organization} ha solicitado unirse a ${d.coalition}.`,
    ar: (d) => `تقدّمت ${d.organization} بطلب الانضمام إلى ${d.coalition}.`,
  },
  invitation_accepted: {
    en: (d) => `${d.organization} has accepted the invitation to ${d.coalition}.`,
    fr: (d) => `${d.organization} a accepté l'invitation à rejoindre ${d.coalition}.`,
    es: (d) => `${d.organization} ha aceptado la invitación a ${d.coalition}.`,
    ar: (d) => `قبلت ${d.organization} الدعوة إلى ${d.coalition}.`,
  },
  invitation_declined: {
    en: (d) => `${d.organization} has declined the invitation to ${d.coalition}.`,
    fr: (d) => `${d.organization} a décliné l'invitation à rejoindre ${d.coalition}.`,
    es: (d) => `${d.organization} ha rechazado la invitación a ${d.coalition}.`,
    ar: (d) => `اعتذرت ${d.organization} عن قبول الدعوة إلى ${d.coalition}.`,
  },
  member_left: {
    en: (d) => `${d.organization} has left ${d.coalition}.`,
    fr: (d) => `${d.organization} a quitté ${d.coalition}.`,
    es: (d) => `${d.organization} ha dejado ${d.coalition}.`,
    ar: (d) => `غادرت ${d.organization} ${d.coalition}.`,
  },
  proposal_quorum_reached: {
    en: (d) => `${d.title} (${d.coalition}) has reached its quorum.`,
    fr: (d) => `${d.title} (${d.coalition}) a atteint son quorum.`,
    es: (d) => `${d.title} (${d.coalition}) ha alcanzado el quórum.`,
    ar: (d) => `اكتمل النصاب في ${d.title} (${d.coalition}).`,
  },
  proposal_blocked: {
    en: (d) =>
      d.organization
        ? `${d.organization} has blocked ${d.title} (${d.coalition}).`
        : `${d.title} (${d.coalition}) has received a block.`,
    fr: (d) =>
      d.organization
        ? `${d.organization} a bloqué ${d.title} (${d.coalition}).`
        : `${d.title} (${d.coalition}) a reçu un blocage.`,
    es: (d) =>
      d.organization
        ? `${d.organization} ha bloqueado ${d.title} (${d.coalition}).`
        : `${d.title} (${d.coalition}) ha recibido un bloqueo.`,
    ar: (d) =>
      d.organization
        ? `اعترضت ${d.organization} اعتراضًا مانعًا على ${d.title} (${d.coalition}).`
        : `تلقّى ${d.title} (${d.coalition}) اعتراضًا مانعًا.`,
  },
  meeting_scheduled: {
    en: (d) => `Meeting in ${d.coalition}: ${d.title}, ${d.when}`,
    fr: (d) => `Réunion de ${d.coalition} : ${d.title}, ${d.when}`,
    es: (d) => `Reunión de ${d.coalition}: ${d.title}, ${d.when}`,
    ar: (d) => `اجتماع ${d.coalition}: ${d.title}، ${d.when}`,
  },
  action_item_overdue: {
    en: (d) => `Overdue in ${d.coalition}: ${d.title} (due ${d.when})`,
    fr: (d) => `En retard dans ${d.coalition} : ${d.title} (échéance ${d.when})`,
    es: (d) => `Atrasada en ${d.coalition}: ${d.title} (vencía el ${d.when})`,
    ar: (d) => `متأخر في ${d.coalition}: ${d.title} (كان موعده ${d.when})`,
  },
  mentioned: {
    en: (d) => `${d.author} mentioned ${d.organization} in “${d.thread}” (${d.coalition}).`,
    fr: (d) => `${d.author} a mentionné ${d.organization} dans « ${d.thread} » (${d.coalition}).`,
    es: (d) => `${d.author} mencionó a ${d.organization} en «${d.thread}» (${d.coalition}).`,
    ar: (d) => `أشارت ${d.author} إلى ${d.organization} في «${d.thread}» (${d.coalition}).`,
  },
  consent_withdrawn: {
    en: (d) =>
      `${d.organization} recorded that consent to a story in ${d.campaign} was withdrawn: the messages that tell it are flagged.`,
    fr: (d) =>
      `${d.organization} a enregistré le retrait du consentement à un récit de ${d.campaign} : les messages qui le racontent sont signalés.`,
    es: (d) =>
      `${d.organization} registró que se retiró el consentimiento a una historia de ${d.campaign}: los mensajes que la cuentan quedan señalados.`,
    ar: (d) =>
      `سجّلت ${d.organization} سحب الموافقة على قصة في ${d.campaign}: الرسائل التي ترويها تحمل الآن تنبيهًا.`,
  },
  spending_to_confirm: {
    en: (d) =>
      `${d.organization} recorded ${d.money} of spending in ${d.campaign}: please confirm it.`,
    fr: (d) =>
      `${d.organization} a déclaré une dépense de ${d.money} dans ${d.campaign} : merci de la confirmer.`,
    es: (d) =>
      `${d.organization} registró un gasto de ${d.money} en ${d.campaign}: confírmelo, por favor.`,
    ar: (d) => `سجّلت ${d.organization} نفقات بقيمة ${d.money} في ${d.campaign}: يُرجى تأكيدها.`,
  },
  statement_sign_on: {
    en: (d) => `${d.coalition} asks your organisation to answer the joint statement “${d.title}”.`,
    fr: (d) =>
      `${d.coalition} demande à votre organisation de répondre à la déclaration commune « ${d.title} ».`,
    es: (d) =>
      `${d.coalition} pide a su organización que responda a la declaración conjunta «${d.title}».`,
    ar: (d) => `يطلب ${d.coalition} من منظمتكم الرد على البيان المشترك «${d.title}».`,
  },
  statement_confirm_again: {
    en: (d) =>
      `The joint statement “${d.title}” (${d.coalition}) has a new version: read it and confirm your organisation's answer.`,
    fr: (d) =>
      `La déclaration commune « ${d.title} » (${d.coalition}) a une nouvelle version : lisez-la et confirmez la réponse de votre organisation.`,
    es: (d) =>
      `La declaración conjunta «${d.title}» (${d.coalition}) tiene una nueva versión: léala y confirme la respuesta de su organización.`,
    ar: (d) =>
      `للبيان المشترك «${d.title}» (${d.coalition}) نسخة جديدة: اقرأوها وأكّدوا ردّ منظمتكم.`,
  },
  risk_assessment_opened: {
    en: (d) =>
      `${d.coalition} asks your organisation to assess its own risk in “${d.title}”; your answers stay private.`,
    fr: (d) =>
      `${d.coalition} demande à votre organisation d'évaluer ses propres risques pour « ${d.title} » ; vos réponses restent privées.`,
    es: (d) =>
      `${d.coalition} pide a su organización que evalúe sus propios riesgos en «${d.title}»; sus respuestas son privadas.`,
    ar: (d) =>
      `يطلب ${d.coalition} من منظمتكم تقييم المخاطر التي تخصّها في «${d.title}»؛ تبقى إجاباتكم سرّية.`,
  },
  mitigation_assigned: {
    en: (d) => `${d.coalition} asks your organisation to carry out a mitigation: ${d.title}`,
    fr: (d) => `${d.coalition} confie à votre organisation une mesure d'atténuation : ${d.title}`,
    es: (d) => `${d.coalition} encarga a su organización una medida de mitigación: ${d.title}`,
    ar: (d) => `يكلّف ${d.coalition} منظمتكم بتنفيذ إجراء للتخفيف من المخاطر: ${d.title}`,
  },
  consent_override: {
    en: (d) =>
      `${d.organization} received a record of ${d.owner} that was shared without the consent its agreement asks for; the reason is in the audit log.`,
    fr: (d) =>
      `${d.organization} a reçu un dossier de ${d.owner} partagé sans le consentement que demande l'accord ; la raison figure dans le journal d'audit.`,
    es: (d) =>
      `${d.organization} recibió un registro de ${d.owner} compartido sin el consentimiento que exige el acuerdo; el motivo consta en el registro de auditoría.`,
    ar: (d) =>
      `تلقّت ${d.organization} سجلًّا من سجلات ${d.owner} شورك دون الموافقة التي يشترطها الاتفاق؛ السبب مدوّن في سجل التدقيق.`,
  },

  spending_queried: {
    en: (d) =>
      `The fund monitor of ${d.campaign} queried your spending of ${d.money}: see the question and correct the entry.`,
    fr: (d) =>
      `Le responsable du suivi des fonds de ${d.campaign} a une question sur votre dépense de ${d.money} : lisez-la et corrigez l'entrée.`,
    es: (d) =>
      `El responsable de fondos de ${d.campaign} cuestionó su gasto de ${d.money}: vea la pregunta y corrija el registro.`,
    ar: (d) =>
      `استفسر مراقب الأموال في ${d.campaign} عن نفقاتكم البالغة ${d.money}: اطّلعوا على السؤال وصحّحوا القيد.`,
  },
};

const outcomeWords: Record<Outcome, Record<UiLocale, string>> = {
  adopted: { en: "adopted", fr: "adoptée", es: "aprobada", ar: "اعتُمد" },
  rejected: { en: "not adopted", fr: "non adoptée", es: "no aprobada", ar: "لم يُعتمد" },
  blocked: { en: "blocked", fr: "bloquée", es: "bloqueada", ar: "حُجب" },
  no_quorum: { en: "no quorum", fr: "quorum non atteint", es: "sin quórum", ar: "لم يكتمل النصاب" },
  elected: {
    en: "an option was chosen",
    fr: "une option a été retenue",
    es: "se eligió una opción",
    ar: "اختيِر أحد الخيارات",
  },
  tie: { en: "a tie", fr: "égalité", es: "empate", ar: "تعادل" },
  no_outcome: { en: "closed", fr: "close", es: "cerrada", ar: "أُغلق" },
};

const digestText: Record<
  UiLocale,
  { subject: (n: number) => string; intro: string; outro: string }
> = {
  en: {
    subject: (n) => `Common Ground: ${n} ${n === 1 ? "update" : "updates"} for you`,
    intro: "Here is what happened in your coalitions since your last digest:",
    outro: "Read everything, or stop these emails, in your account:",
  },
  fr: {
    subject: (n) => `Common Ground : ${n} ${n === 1 ? "nouveauté" : "nouveautés"} pour vous`,
    intro: "Voici ce qui s'est passé dans vos coalitions depuis votre dernier récapitulatif :",
    outro: "Tout lire, ou ne plus recevoir ces e-mails, depuis votre compte :",
  },
  es: {
    subject: (n) => `Common Ground: ${n} ${n === 1 ? "novedad" : "novedades"} para usted`,
    intro: "Esto es lo que ha pasado en sus coaliciones desde su último resumen:",
    outro: "Lea todo, o deje de recibir estos correos, desde su cuenta:",
  },
  ar: {
    subject: (n) => `Common Ground: ${n} ${n === 1 ? "تحديث" : "تحديثات"} لك`,
    intro: "هذا ما جرى في تحالفاتك منذ آخر ملخص:",
    outro: "اقرأ كل شيء، أو أوقف هذه الرسائل، من حسابك:",
  },
};

const localeOf = (locale: string | null | undefined): UiLocale =>
  locale === "fr" || locale === "es" || locale === "ar" ? locale : "en";

/** Dates in notification data are ISO strings; email shows them in the reader's language, in UTC. */
function readable(data: NotificationData, locale: UiLocale): NotificationData {
  const out = { ...data };
  if (data.at) {
    out.when = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: data.timeZone ?? "UTC",
      timeZoneName: "short",
    }).format(new Date(data.at));
  }
  if (data.date && !data.at) {
    out.when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${data.date}T00:00:00Z`),
    );
  }
  if (data.amount && data.currency) {
    // The amount stays an exact decimal string: Intl formats strings without going through floats.
    out.money = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: data.currency,
      maximumFractionDigits: 4,
    }).format(data.amount as Intl.StringNumericLiteral);
  }
  if (data.outcome)
    out.outcomeText = outcomeWords[data.outcome as Outcome]?.[locale] ?? data.outcome;
  return out;
}

export function notificationLine(
  kind: NotificationKind,
  data: NotificationData,
  locale: string | null | undefined,
): string {
  const l = localeOf(locale);
  return lines[kind][l](readable(data, l));
}

/** A digest email of several notifications, in the reader's language. */
export function renderDigest(
  items: { kind: NotificationKind; data: NotificationData; link: string }[],
  locale: string | null | undefined,
  publicUrl: string,
) {
  const l = localeOf(locale);
  const text = digestText[l];
  const body = items
    .map((item) => `• ${notificationLine(item.kind, item.data, l)}\n  ${publicUrl}${item.link}`)
    .join("\n\n");
  return {
    subject: text.subject(items.length),
    text: `${text.intro}\n\n${body}\n\n${text.outro}\n${publicUrl}/account`,
  };
}
