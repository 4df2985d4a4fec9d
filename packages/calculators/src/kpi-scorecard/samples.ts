import type { AgencyKpiRow } from '@khanaen/core';

/** A department's FY2567 agency-evaluation KPIs (weights total 100). */
export const FY2567: AgencyKpiRow[] = [
  {
    id: '1.1',
    name: 'ร้อยละความสำเร็จของการเบิกจ่ายงบประมาณรายจ่ายภาพรวม',
    weight: 20,
    actual: '97.12',
    targets: { initial: 94, standard: 96, high: 98 },
  },
  {
    id: '1.2',
    name: 'ระดับความสำเร็จของการขับเคลื่อนแผนปฏิบัติราชการตามยุทธศาสตร์ชาติ',
    weight: 20,
    actual: 4,
    targets: { initial: 3, standard: 4, high: 5 },
  },
  {
    id: '2.1',
    name: 'ร้อยละของผู้รับบริการที่พึงพอใจต่อการให้บริการ',
    weight: 15,
    actual: '88.4',
    targets: { initial: 80, standard: 85, high: 90 },
  },
  {
    id: '2.2',
    name: 'ร้อยละของกระบวนงานที่ให้บริการผ่านระบบอิเล็กทรอนิกส์ (e-Service)',
    weight: 15,
    actual: 82,
    targets: { initial: 60, standard: 70, high: 80 },
  },
  {
    id: '2.3',
    name: 'จำนวนเรื่องร้องเรียนที่แก้ไขไม่แล้วเสร็จภายในระยะเวลาที่กำหนด',
    weight: 10,
    actual: 6,
    targets: { initial: 12, standard: 8, high: 4 },
    direction: 'lower',
  },
  {
    id: '3.1',
    name: 'ร้อยละของชุดข้อมูลที่เปิดเผยในรูปแบบข้อมูลเปิด (Open Data)',
    weight: 10,
    actual: 55,
    targets: { initial: 50, standard: 60, high: 70 },
  },
  {
    id: '3.2',
    name: 'ระยะเวลาเฉลี่ยในการออกใบอนุญาต (วันทำการ)',
    weight: 10,
    actual: 11,
    targets: { initial: 15, standard: 12, high: 10 },
  },
];
