declare module 'mailparser'
