/** Options: add or correct a company (company-directory feature). */
export function CompanySettings() {
  return null;
}
