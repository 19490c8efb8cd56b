import check from './iam_password_policy_uppercase.js';
import { describeRequirementCheck } from '../password-requirement-cases.test-helper.js';

describeRequirementCheck(check, 'requireUppercase', 'uppercase letter');
