import '@khanaen/calculators/register.js';
