// Sends e-mail to adults over SMTP (SMTP_URL), or keeps it in an outbox the administrator can read in the app.
import { desc } from 'drizzle-orm';
import { db } from '../db/client.ts';
import { config } from './config.ts';
import { log } from './log.ts';
import { outboxMessage } from './schema.ts';

export type Mail = { to: string; subject: string; text: string };

/**
 * Delivers `mail`. Mails carry no content about the person's work, only "something is waiting in the
 * app" and, for invitations and resets, the link. Never call this for a participant: youth get no e-mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
	const smtpUrl = config().smtpUrl;
	if (smtpUrl) {
		const { createTransport } = await import('nodemailer');
		const transport = createTransport(smtpUrl);
		await transport.sendMail({
			from: config().mailFrom,
			to: mail.to,
			subject: mail.subject,
			text: mail.text
		});
		log.info({ event: 'mail_sent' }, 'mail sent over SMTP');
		return;
	}
	const [kept] = await db()
		.insert(outboxMessage)
		.values({ recipient: mail.to, subject: mail.subject, body: mail.text })
		.returning({ id: outboxMessage.id });
	// The link itself is read on the outbox page, behind the administrator's second factor: a link in a log
	// line would let anyone who reads logs take over the account.
	log.info(
		{ event: 'mail_queued', outboxId: kept!.id },
		'mail waiting in the outbox (no SMTP_URL)'
	);
}

export type OutboxEntry = {
	id: string;
	recipient: string;
	subject: string;
	body: string;
	createdAt: Date;
};

/**
 * The newest messages of the outbox.
 * WARNING: no permission check — the caller checks that the actor may read the outbox (administrators).
 */
export async function readOutbox(limit = 100): Promise<OutboxEntry[]> {
	return db()
		.select({
			id: outboxMessage.id,
			recipient: outboxMessage.recipient,
			subject: outboxMessage.subject,
			body: outboxMessage.body,
			createdAt: outboxMessage.createdAt
		})
		.from(outboxMessage)
		.orderBy(desc(outboxMessage.createdAt))
		.limit(limit);
}
