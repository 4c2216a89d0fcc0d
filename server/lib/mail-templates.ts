import type { UiLocale } from "../../shared/locales.ts";

type Template = (vars: Record<string, string>) => { subject: string; text: string };
type Templates = Record<"verifyEmail" | "resetPassword" | "invitation", Record<UiLocale, Template>>;

export const mailTemplates: Templates = {
  verifyEmail: {
    en: (v) => ({
      subject: "Confirm your email for Common Ground",
      text: `Hello ${v.name},\n\nOpen this link to confirm your email address:\n${v.link}\n\nIf you did not sign up, ignore this message.`,
    }),
    fr: (v) => ({
      subject: "Confirmez votre adresse e-mail pour Common Ground",
      text: `Bonjour ${v.name},\n\nOuvrez ce lien pour confirmer votre adresse e-mail :\n${v.link}\n\nSi vous ne vous êtes pas inscrit·e, ignorez ce message.`,
    }),
    es: (v) => ({
      subject: "Confirme su correo electrónico para Common Ground",
      text: `Hola ${v.name}:\n\nAbra este enlace para confirmar su dirección de correo:\n${v.link}\n\nSi no se ha registrado, ignore este mensaje.`,
    }),
    ar: (v) => ({
      subject: "تأكيد بريدك الإلكتروني في Common Ground",
      text: `مرحبًا ${v.name}،\n\nافتح هذا الرابط لتأكيد عنوان بريدك الإلكتروني:\n${v.link}\n\nإذا لم تقم بالتسجيل، تجاهل هذه الرسالة.`,
    }),
  },
  resetPassword: {
    en: (v) => ({
      subject: "Reset your Common Ground password",
      text: `Hello ${v.name},\n\nOpen this link to choose a new password (it expires in one hour):\n${v.link}\n\nIf you did not ask for this, ignore this message; your password is unchanged.`,
    }),
    fr: (v) => ({
      subject: "Réinitialisez votre mot de passe Common Ground",
      text: `Bonjour ${v.name},\n\nOuvrez ce lien pour choisir un nouveau mot de passe (il expire dans une heure) :\n${v.link}\n\nSi vous n'avez rien demandé, ignorez ce message ; votre mot de passe reste inchangé.`,
    }),
    es: (v) => ({
      subject: "Restablezca su contraseña de Common Ground",
      text: `Hola ${v.name}:\n\nAbra este enlace para elegir una nueva contraseña (caduca en una hora):\n${v.link}\n\nSi no lo ha solicitado, ignore este mensaje; su contraseña no cambia.`,
    }),
    ar: (v) => ({
      subject: "إعادة تعيين كلمة مرور Common Ground",
      text: `مرحبًا ${v.name}،\n\nافتح هذا الرابط لاختيار كلمة مرور جديدة (تنتهي صلاحيته خلال ساعة):\n${v.link}\n\nإذا لم تطلب ذلك، تجاهل هذه الرسالة؛ كلمة مرورك لم تتغير.`,
    }),
  },
  invitation: {
    en: (v) => ({
      subject: `${v.inviter} invites you to join ${v.organization} on Common Ground`,
      text: `Hello,\n\n${v.inviter} invites you to join ${v.organization} as ${v.role}.\nOpen this link to accept (it expires on ${v.expires}):\n${v.link}`,
    }),
    fr: (v) => ({
      subject: `${v.inviter} vous invite à rejoindre ${v.organization} sur Common Ground`,
      text: `Bonjour,\n\n${v.inviter} vous invite à rejoindre ${v.organization} (${v.role}).\nOuvrez ce lien pour accepter (il expire le ${v.expires}) :\n${v.link}`,
    }),
    es: (v) => ({
      subject: `${v.inviter} le invita a unirse a ${v.organization} en Common Ground`,
      text: `Hola:\n\n${v.inviter} le invita a unirse a ${v.organization} (${v.role}).\nAbra este enlace para aceptar (caduca el ${v.expires}):\n${v.link}`,
    }),
    ar: (v) => ({
      subject: `${v.inviter} يدعوك للانضمام إلى ${v.organization} على Common Ground`,
      text: `مرحبًا،\n\n${v.inviter} يدعوك للانضمام إلى ${v.organization} (${v.role}).\nافتح هذا الرابط للقبول (تنتهي صلاحيته في ${v.expires}):\n${v.link}`,
    }),
  },
};

export function renderMail(
  name: keyof Templates,
  locale: string | null | undefined,
  vars: Record<string, string>,
) {
  const byLocale = mailTemplates[name];
  const template = byLocale[(locale ?? "en") as UiLocale] ?? byLocale.en;
  return template(vars);
}
