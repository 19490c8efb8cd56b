import check from './iam_password_policy_number.js';
import { describeRequirementCheck } from '../password-requirement-cases.test-helper.js';

describeRequirementCheck(check, 'requireNumbers', 'number');
