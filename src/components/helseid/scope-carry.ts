/**
 * The stores the scope builder writes to, behind one dynamic import: the profile's `scopes` field (through its
 * public setter) and the chosen kommuner, whose orders get the scopes. One module keeps the bundler from cutting
 * the stores' shared base into a chunk of its own, which every checklist and mail page would then load too.
 */
export { $profile, setProfileField } from '../../stores/profile';
export { $kommuner } from '../../stores/kommuner';
