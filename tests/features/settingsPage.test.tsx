import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { settingsContent } from '../../src/content/settings';
import { SettingsPage } from '../../src/features/settings/SettingsPage';
import { defaultSettings } from '../../src/record/settingsSchema';
import { memorySettingsStore, type SettingsStore } from '../../src/record/settingsStore';

async function renderPage(store: SettingsStore = memorySettingsStore()) {
  const user = userEvent.setup();
  const onDone = vi.fn();
  const view = render(<SettingsPage store={store} onDone={onDone} />);
  await screen.findByRole('button', { name: settingsContent.save });
  return { user, onDone, store, ...view };
}

const dpoPhone = () => screen.getByRole('textbox', { name: 'Phone number, Data protection officer' });
const replyBy = () => screen.getByRole('spinbutton', { name: settingsContent.timing.replyByLabel });

describe('the practice settings page', () => {
  it('has the page heading that navigation moves focus to', async () => {
    await renderPage();
    const heading = screen.getByRole('heading', { level: 1, name: 'Practice settings' });
    expect(heading).toHaveAttribute('id', 'step-heading');
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(screen.getByText(settingsContent.onThisComputer)).toBeInTheDocument();
  });

  it('shows the standard settings when nothing has been saved', async () => {
    await renderPage();
    expect(replyBy()).toHaveValue(4);
    expect(screen.getByLabelText('Opens at')).toHaveValue('08:00');
    expect(screen.getByLabelText('Closes at')).toHaveValue('18:30');
    const days = within(screen.getByRole('group', { name: 'Working days' }));
    expect(days.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('saves what was typed, says when, and shows it again next time', async () => {
    const { user, onDone, store, unmount } = await renderPage();
    await user.type(screen.getByRole('textbox', { name: 'Practice name' }), 'Riverside Surgery');
    await user.type(dpoPhone(), '01632 960456');
    await user.type(screen.getByRole('textbox', { name: settingsContent.staff.label }), 'Amira Patel{Enter}{Enter}Sam Jones ');
    await user.click(screen.getByRole('button', { name: settingsContent.save }));

    expect(await screen.findByRole('status')).toHaveTextContent(/^Settings saved on this computer at \d{2}:\d{2}$/);
    expect(onDone).not.toHaveBeenCalled();
    expect((await store.load()).settings).toMatchObject({
      practiceName: 'Riverside Surgery',
      contacts: { dataProtectionOfficer: { phone: '01632 960456' } },
      staffNames: ['Amira Patel', 'Sam Jones'],
    });

    unmount();
    await renderPage(store);
    expect(screen.getByRole('textbox', { name: 'Practice name' })).toHaveValue('Riverside Surgery');
    expect(dpoPhone()).toHaveValue('01632 960456');
    expect(screen.getByRole('textbox', { name: settingsContent.staff.label })).toHaveValue('Amira Patel\nSam Jones');
  });

  it('refuses reply-by hours of 0: the summary takes focus, its link goes to the field, and typing is kept', async () => {
    const { user, store } = await renderPage();
    await user.type(screen.getByRole('textbox', { name: 'Practice name' }), 'Riverside Surgery');
    await user.clear(replyBy());
    await user.type(replyBy(), '0');
    await user.click(screen.getByRole('button', { name: settingsContent.save }));

    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: settingsContent.errors.replyByHours });
    await user.click(link);
    expect(replyBy()).toHaveFocus();
    expect(window.location.hash).toBe('');

    expect(replyBy()).toHaveValue(0);
    expect(replyBy()).toHaveAccessibleDescription(expect.stringContaining(settingsContent.errors.replyByHours));
    expect(replyBy()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Practice name' })).toHaveValue('Riverside Surgery');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(document.title).toMatch(/^Error: Practice settings/);
    expect(await store.load()).toEqual({ settings: defaultSettings });
  });

  it('refuses a closing time before the opening time, and a badly typed phone number', async () => {
    const { user, store } = await renderPage();
    const closes = screen.getByLabelText('Closes at');
    await user.clear(closes);
    await user.type(closes, '07:00');
    await user.type(dpoPhone(), 'ask Jo');
    await user.click(screen.getByRole('button', { name: settingsContent.save }));

    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    // In the order the fields are on the page.
    expect(links.map((link) => link.textContent)).toEqual([
      settingsContent.contacts.roles.dataProtectionOfficer.phoneError,
      settingsContent.errors.endBeforeStart,
    ]);
    await user.click(links[1]!);
    expect(closes).toHaveFocus();
    expect(closes).toHaveValue('07:00');
    expect(dpoPhone()).toHaveValue('ask Jo');
    expect(await store.load()).toEqual({ settings: defaultSettings });

    await user.clear(closes);
    await user.type(closes, '19:00');
    await user.clear(dpoPhone());
    await user.click(screen.getByRole('button', { name: settingsContent.save }));
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
    expect((await store.load()).settings.workingHours.end).toBe('19:00');
  });

  it('says so, and still shows a usable form, when saved settings could not be read', async () => {
    await renderPage(memorySettingsStore({ schemaVersion: 99 }));
    expect(screen.getByText(settingsContent.loadProblem)).toBeInTheDocument();
    expect(replyBy()).toHaveValue(4);
  });

  it('says so when the computer will not save', async () => {
    const failing: SettingsStore = { load: memorySettingsStore().load, save: () => Promise.reject(new Error('QuotaExceededError')) };
    const { user } = await renderPage(failing);
    await user.click(screen.getByRole('button', { name: settingsContent.save }));
    expect(await screen.findByRole('alert')).toHaveTextContent(settingsContent.saveFailed);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('Back is a button that calls onDone and nothing is saved', async () => {
    const { user, onDone, store } = await renderPage();
    await user.type(screen.getByRole('textbox', { name: 'Practice name' }), 'Unsaved');
    const back = screen.getByRole('button', { name: 'Back' });
    expect(back).toHaveAttribute('type', 'button');
    await user.click(back);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect((await store.load()).settings.practiceName).toBeUndefined();
  });

  it('gives every control an accessible name, and keeps the browser from filling them in', async () => {
    const { container } = await renderPage();
    const controls = [...container.querySelectorAll('input, textarea, select')];
    expect(controls.length).toBeGreaterThan(25);
    for (const control of controls) expect(control).toHaveAccessibleName();
    for (const role of ['textbox', 'spinbutton', 'radio', 'checkbox'] as const) {
      for (const control of screen.getAllByRole(role)) expect(control).toHaveAccessibleName();
    }
    // Nine "Phone number" boxes: each label must still tell them apart when listed out of context.
    const labels = screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    expect(new Set(labels).size).toBe(labels.length);
    for (const control of container.querySelectorAll('input:not([type=radio]):not([type=checkbox]), textarea')) {
      expect(control).toHaveAttribute('autocomplete', 'off');
    }
  });

  it('uses phone, email, number and time inputs where they fit', async () => {
    await renderPage();
    expect(dpoPhone()).toHaveAttribute('type', 'tel');
    expect(screen.getByRole('textbox', { name: 'Email address, How people can raise a concern' })).toHaveAttribute('type', 'email');
    expect(replyBy()).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText('Opens at')).toHaveAttribute('type', 'time');
  });

  it('groups the contacts one role to a fieldset, each with a name and a phone number', async () => {
    await renderPage();
    for (const role of Object.values(settingsContent.contacts.roles)) {
      const group = within(screen.getByRole('group', { name: role.legend }));
      expect(group.getByRole('textbox', { name: `Name, ${role.legend}` })).toBeInTheDocument();
      expect(group.getByRole('textbox', { name: `Phone number, ${role.legend}` })).toBeInTheDocument();
    }
  });

  it('never mentions passwords except to warn against keeping them', async () => {
    const { container } = await renderPage();
    const mentions = container.textContent?.match(/password/gi) ?? [];
    expect(mentions).toHaveLength(1);
    expect(screen.getByText(settingsContent.contacts.passwordWarning)).toBeInTheDocument();
    expect(container.querySelector('input[type=password], [name*=password i], [id*=password i]')).toBeNull();
    expect(screen.getByRole('group', { name: settingsContent.contacts.roles.profileLoginHolder.legend })).toHaveAccessibleDescription(
      expect.stringContaining(settingsContent.contacts.passwordWarning),
    );
  });

  it('asks whether anyone watches what is said online, saves the answer and shows it again', async () => {
    const { user, store, unmount } = await renderPage();
    const group = () => within(screen.getByRole('group', { name: settingsContent.policy.monitoringLegend }));
    expect(screen.getByRole('group', { name: settingsContent.policy.monitoringLegend })).toHaveAccessibleDescription(
      settingsContent.policy.monitoringHint,
    );
    expect(group().queryAllByRole('radio', { checked: true })).toEqual([]);
    await user.click(group().getByRole('radio', { name: 'No' }));
    await user.click(within(screen.getByRole('group', { name: settingsContent.policy.existsLegend })).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: settingsContent.save }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Settings saved/);
    expect((await store.load()).settings).toMatchObject({ monitoring: 'no', socialMediaPolicy: { exists: 'yes' } });

    unmount();
    await renderPage(store);
    expect(group().getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('writes no HTML from the settings into the page', async () => {
    const store = memorySettingsStore({ ...defaultSettings, practiceName: '<img src=x onerror=alert(1)>' });
    const { container } = await renderPage(store);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Practice name' })).toHaveValue('<img src=x onerror=alert(1)>');
  });
});
