import '@khanaen/widgets/register.js';
