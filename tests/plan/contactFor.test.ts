import { describe, expect, it } from 'vitest';
import { peopleToTell } from '../../src/content/whoToTell';
import { contactFor, isContactRole } from '../../src/plan/contactFor';
import { defaultSettings, type PracticeSettings } from '../../src/record/settingsSchema';

const settings: PracticeSettings = {
  ...defaultSettings,
  contacts: {
    onCall: { name: 'Dr A. Patel', phone: '01234 567890' },
    practiceManager: { name: 'Jo Smith' },
    dataProtectionOfficer: { phone: '01632 960456' },
    hrAdviser: { name: '  ', phone: '' },
    lmc: { name: ' Wessex LMCs ', phone: ' 01632 960789 ' },
  },
};

describe('contactFor', () => {
  it('gives the name and phone number on one line', () => {
    expect(contactFor(settings, 'onCall')).toBe('Dr A. Patel, 01234 567890');
  });

  it('gives whichever of the two is filled in', () => {
    expect(contactFor(settings, 'practiceManager')).toBe('Jo Smith');
    expect(contactFor(settings, 'dataProtectionOfficer')).toBe('01632 960456');
  });

  it('tidies stray spaces', () => {
    expect(contactFor(settings, 'lmc')).toBe('Wessex LMCs, 01632 960789');
  });

  it('gives nothing for a role left blank, not filled in, or when there are no settings', () => {
    expect(contactFor(settings, 'hrAdviser')).toBeUndefined();
    expect(contactFor(settings, 'caldicottGuardian')).toBeUndefined();
    expect(contactFor(defaultSettings, 'onCall')).toBeUndefined();
    expect(contactFor(undefined, 'onCall')).toBeUndefined();
  });
});

describe('isContactRole', () => {
  it('matches the "who to tell" people who have a number in the settings', () => {
    const withContacts = Object.keys(peopleToTell).filter(isContactRole);
    expect(withContacts).toEqual(['onCall', 'practiceManager', 'caldicottGuardian', 'dataProtectionOfficer', 'hrAdviser']);
  });
});
