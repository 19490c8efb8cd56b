import check from './iam_password_policy_lowercase.js';
import { describeRequirementCheck } from '../password-requirement-cases.test-helper.js';

describeRequirementCheck(check, 'requireLowercase', 'lowercase letter');
