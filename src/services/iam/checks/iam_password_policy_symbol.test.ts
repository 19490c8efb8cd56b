import check from './iam_password_policy_symbol.js';
import { describeRequirementCheck } from '../password-requirement-cases.test-helper.js';

describeRequirementCheck(check, 'requireSymbols', 'symbol');
