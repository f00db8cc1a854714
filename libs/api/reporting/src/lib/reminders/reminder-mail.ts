export type ReminderKind = 'CONTRIBUTION' | 'SIGN_OFF' | 'FOLLOW_UP';

const dutchDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The reminder e-mail, in Dutch (the users' language); the in-app notification is translated by the web app. */
export function reminderMail(
  reminder: { kind: ReminderKind; userName: string; themeName: string; detail: string; dueOn: string },
  url: string,
): { subject: string; text: string } {
  const due = dutchDate(reminder.dueOn);
  const what = {
    CONTRIBUTION: {
      subject: `Herinnering: uw bijdrage aan de rapportage ${reminder.themeName} (uiterlijk ${due})`,
      body: `De bijdrage van uw organisatie aan de voortgangsrapportage ${reminder.themeName} (${reminder.detail}) wordt uiterlijk ${due} verwacht.`,
    },
    SIGN_OFF: {
      subject: `Herinnering: rapportage ${reminder.themeName} aftekenen (uiterlijk ${due})`,
      body: `U tekent als driver de voortgangsrapportage ${reminder.themeName} (${reminder.detail}) uiterlijk ${due} af.`,
    },
    FOLLOW_UP: {
      subject: `Herinnering: afspraak van het Regionaal College (uiterlijk ${due})`,
      body: `Het Regionaal College heeft met u afgesproken: "${reminder.detail}". De termijn is ${due}.`,
    },
  }[reminder.kind];
  return {
    subject: what.subject,
    text: `Beste ${reminder.userName},\n\n${what.body}\n\nIn Regie: ${url}\n\nMet vriendelijke groet,\nhet programmabureau`,
  };
}
