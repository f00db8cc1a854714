import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebFeatureAdmin } from './web-feature-admin';

describe('WebFeatureAdmin', () => {
  let component: WebFeatureAdmin;
  let fixture: ComponentFixture<WebFeatureAdmin>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebFeatureAdmin]
    }).compileComponents();

    fixture = TestBed.createComponent(WebFeatureAdmin);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
